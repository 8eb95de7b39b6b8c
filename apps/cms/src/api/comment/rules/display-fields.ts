/**
 * What the admin shows of a comment instead of its ids: "Ana Lopez: It was a terrible night…".
 * Pure, so the backfill's SQL (bootstrap/comment-display-backfill.ts) can be held to it in a test.
 */
export const EXCERPT_LENGTH = 80;

/** The body on one line, cut at EXCERPT_LENGTH characters (code points) with an ellipsis. */
export const excerptOf = (body: string): string => {
  const line = body.replace(/[\r\n\t]/g, ' ').replace(/^ +| +$/g, '');
  const characters = Array.from(line);
  return characters.length > EXCERPT_LENGTH ? `${characters.slice(0, EXCERPT_LENGTH).join('')}…` : line;
};

/** The comment's entry title in the Content Manager: its author and the start of what they said. */
export const titleOf = (authorName: string, body: string): string =>
  Array.from(`${authorName}: ${excerptOf(body)}`).slice(0, 255).join('');

export type DisplayFields = { title: string; excerpt: string };

export const displayFieldsOf = (authorName: string, body: string): DisplayFields => ({
  title: titleOf(authorName, body),
  excerpt: excerptOf(body),
});
