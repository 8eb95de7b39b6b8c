import type { Modules } from '@strapi/strapi';

const COMMENT = 'api::comment.comment';
const STATUSES_AT_CREATION = new Set(['pending', 'spam']);

/**
 * The last line of defence, below every API: a comment is born pending (or spam), whoever
 * creates it and however. Only moderation, an update, can approve it.
 */
export const commentGuard: Modules.Documents.Middleware.Middleware = async (context, next) => {
  if (context.uid === COMMENT && context.action === 'create') {
    const params = context.params as { data?: Record<string, unknown> };
    if (params.data && !STATUSES_AT_CREATION.has(String(params.data.moderationStatus))) {
      params.data = { ...params.data, moderationStatus: 'pending' };
    }
  }
  return next();
};
