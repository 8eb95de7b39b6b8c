import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

const COMMENT = 'api::comment.comment';
const STATUSES_AT_CREATION = new Set(['pending', 'spam']);

export const STORY_REQUIRED_MESSAGE = 'A comment belongs to a story: give the story’s document id (article).';

type Data = Record<string, unknown>;

const hasStory = (data: Data) => typeof data.article === 'string' && data.article.trim() !== '';

/**
 * Why the story is checked here and not by the schema's `required`: the Content Manager's form
 * will not save a document with a required field its user cannot read, and moderators must not
 * read the story's id (an id is for the CMS, not for people).
 */
const refuseWithoutStory = (data: Data) => {
  throw new errors.ValidationError(STORY_REQUIRED_MESSAGE, {
    errors: [{ path: ['article'], message: STORY_REQUIRED_MESSAGE, name: 'ValidationError', value: data.article ?? null }],
  });
};

/**
 * The last line of defence, below every API: a comment is born pending (or spam), whoever
 * creates it and however, and always on a story. Only moderation, an update, can approve it.
 */
export const commentGuard: Modules.Documents.Middleware.Middleware = async (context, next) => {
  if (context.uid !== COMMENT) return next();
  const params = context.params as { data?: Data };
  if (context.action === 'create') {
    const data = params.data ?? {};
    if (!hasStory(data)) refuseWithoutStory(data);
    if (!STATUSES_AT_CREATION.has(String(data.moderationStatus))) params.data = { ...data, moderationStatus: 'pending' };
  }
  if (context.action === 'update' && params.data && 'article' in params.data && !hasStory(params.data)) refuseWithoutStory(params.data);
  return next();
};
