import type { Core, Modules } from '@strapi/strapi';

const COMMENT = 'api::comment.comment';
/** The fields whose change can change what a story's counts are. */
const COUNTED_FIELDS = ['moderationStatus', 'article', 'parent'];

type TallyService = { refreshTally: (article: string) => Promise<void> };
type Params = { documentId?: string; data?: Record<string, unknown> };

/**
 * Keeps each story's approved-comment tally right whatever changes a comment: moderation, an
 * edit, a move to another story or a deletion in the Content Manager, a script. A new comment
 * is always pending (see comment-guard), so creation never changes a count. Runs inside the
 * change's transaction (the tally reads it), so a rollback leaves the counts as they were.
 */
export const commentTally =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== COMMENT || !['update', 'delete'].includes(context.action)) return next();
    const { documentId, data } = context.params as Params;
    if (!documentId) return next();
    if (context.action === 'update' && !COUNTED_FIELDS.some((field) => data && field in data)) return next();
    const articleOf = async () =>
      ((await strapi.db.query(COMMENT).findOne({ where: { documentId }, select: ['article'] })) as { article?: string } | null)?.article;

    const before = await articleOf();
    const result = await next();
    const after = context.action === 'delete' ? undefined : await articleOf();
    const tallies = strapi.service(COMMENT) as unknown as TallyService;
    for (const article of new Set([before, after])) if (article) await tallies.refreshTally(article);
    return result;
  };
