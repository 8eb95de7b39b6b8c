import type { Core, Modules } from '@strapi/strapi';

const ARTICLE = 'api::article.article';
const COMMENT = 'api::comment.comment';

type TallyService = { forgetTally: (article: string) => Promise<void> };

/**
 * Deleting a story deletes its comments with it (as WordPress does when a post is deleted for
 * good): they would otherwise wait in the moderation queue for a page that no longer exists.
 * Unpublishing keeps them. Inside the deletion's transaction: both go, or neither.
 */
export const storyDeletion =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE || context.action !== 'delete') return next();
    const { documentId } = context.params as { documentId?: string };
    const result = await next();
    if (!documentId) return result;
    const remaining = await strapi.db.query(ARTICLE).count({ where: { documentId } });
    if (remaining === 0) {
      await strapi.db.query(COMMENT).deleteMany({ where: { article: documentId } });
      await (strapi.service(COMMENT) as unknown as TallyService).forgetTally(documentId);
    }
    return result;
  };
