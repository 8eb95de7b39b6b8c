import type { Core, Modules } from '@strapi/strapi';
import { displayFieldsOf } from '../api/comment/rules/display-fields';

const COMMENT = 'api::comment.comment';
const ARTICLE = 'api::article.article';
const DERIVED = ['title', 'excerpt', 'articleTitle'] as const;
/** Article actions after which the title a story is known by may have changed. */
const STORY_CHANGES = new Set(['publish', 'unpublish', 'update', 'discardDraft']);

type Params = { documentId?: string; data?: Record<string, unknown> };
type StoredComment = { authorName: string; body: string; article: string };

/**
 * The title a story is known by: its published title, or its draft's while it is not published.
 * Reads through strapi.db.query, which joins the transaction the Content Manager may have opened.
 */
export const storyTitle = async (strapi: Core.Strapi, documentId: string): Promise<string | null> => {
  const rows = (await strapi.db.query(ARTICLE).findMany({ where: { documentId }, select: ['title', 'publishedAt'] })) as Array<{
    title: string;
    publishedAt: string | null;
  }>;
  return (rows.find(({ publishedAt }) => publishedAt) ?? rows[0])?.title ?? null;
};

/** Fills a comment's display fields from what is being written and, on update, what is stored. */
const fillComment = async (strapi: Core.Strapi, action: string, params: Params) => {
  const data = params.data;
  if (!data) return;
  for (const field of DERIVED) delete data[field];
  const touchesText = action === 'create' || 'authorName' in data || 'body' in data;
  const touchesStory = action === 'create' || 'article' in data;
  if (!touchesText && !touchesStory) return;
  const stored =
    action === 'update' && params.documentId
      ? ((await strapi.db.query(COMMENT).findOne({ where: { documentId: params.documentId }, select: ['authorName', 'body', 'article'] })) as StoredComment | null)
      : null;
  const merged = { ...stored, ...data } as Partial<StoredComment>;
  if (touchesText && typeof merged.authorName === 'string' && typeof merged.body === 'string') {
    Object.assign(data, displayFieldsOf(merged.authorName, merged.body));
  }
  if (touchesStory && typeof merged.article === 'string') data.articleTitle = await storyTitle(strapi, merged.article);
};

/** After a story changes, every comment on it shows the title it now has. */
const refreshStoryTitle = async (strapi: Core.Strapi, documentId: string) => {
  const title = await storyTitle(strapi, documentId);
  if (title === null) return;
  await strapi.db.query(COMMENT).updateMany({
    where: { article: documentId, $or: [{ articleTitle: { $null: true } }, { articleTitle: { $ne: title } }] },
    data: { articleTitle: title },
  });
};

/**
 * Comments hold their story as a document id (see the comment schema); the admin shows people
 * names, never ids. This keeps each comment's title ("Ana Lopez: It was a terrible night…"),
 * excerpt and story title right, whoever writes the comment or renames the story, and however.
 */
export const commentDisplayFields =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const params = context.params as Params;
    if (context.uid === COMMENT && (context.action === 'create' || context.action === 'update')) {
      await fillComment(strapi, context.action, params);
      return next();
    }
    if (context.uid !== ARTICLE || !STORY_CHANGES.has(context.action) || !params.documentId) return next();
    const result = await next();
    await refreshStoryTitle(strapi, params.documentId);
    return result;
  };
