/** Where a story and its parts live; safe in client code (no server imports). */

/** The path every story lives at. */
export const articlePath = (slug: string) => `/news/${slug}`;

/** A page of a story's comments, for readers without JavaScript: page 1 is the story itself. */
export const commentsPagePath = (slug: string, page: number) =>
  page <= 1 ? `${articlePath(slug)}#comments` : `${articlePath(slug)}/comments/${page}#comments`;

/**
 * The story with the form under one comment, from the page of comments it is on: where a Reply
 * link leads without JavaScript. A path of its own rather than WordPress's `?replytocom=`, so the
 * story page itself needs no proxy, which would run on every cached hit.
 */
export const replyPath = (slug: string, commentId: string, page = 1) =>
  `${articlePath(slug)}/reply/${commentId}${page > 1 ? `?cpage=${page}` : ''}#respond`;

/** Where a Report link leads: a page with the report form, which works without JavaScript. */
export const reportPath = (slug: string, commentId: string) => `${articlePath(slug)}/report/${commentId}`;
