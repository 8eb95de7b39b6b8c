import type { Core, Modules } from '@strapi/strapi';

const COMMENT = 'api::comment.comment';

type TallyService = { refreshTally: (article: string) => Promise<void> };
type Params = { documentId?: string; data?: Record<string, unknown> };

/**
 * Keeps each story's approved-comment tally right whatever changes a comment: moderation, an
 * edit or a deletion in the Content Manager, a script. Only status changes and deletions can
 * change the counts; a new comment is always pending (see comment-guard).
 */
export const commentTally =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== COMMENT || !['update', 'delete'].includes(context.action)) return next();
    const { documentId, data } = context.params as Params;
    if (!documentId || (context.action === 'update' && !(data && 'moderationStatus' in data))) return next();
    const before = (await strapi.db.query(COMMENT).findOne({ where: { documentId }, select: ['article'] })) as { article?: string } | null;
    const result = await next();
    if (before?.article) await (strapi.service(COMMENT) as unknown as TallyService).refreshTally(before.article);
    return result;
  };
