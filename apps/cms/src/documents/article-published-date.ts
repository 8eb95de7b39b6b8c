import type { Core, Modules } from '@strapi/strapi';

const ARTICLE = 'api::article.article';

/**
 * A story's published date is set once, on first publish, and then kept: republishing a
 * correction must not move the story to the top of the front page.
 */
export const articlePublishedDate =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid === ARTICLE && context.action === 'publish') {
      const { documentId } = context.params as { documentId: string };
      const draft = await strapi.documents(ARTICLE).findOne({ documentId, status: 'draft', fields: ['publishedDate'] });
      if (draft && !draft.publishedDate) {
        await strapi.documents(ARTICLE).update({ documentId, data: { publishedDate: new Date().toISOString() } as never });
      }
    }
    return next();
  };
