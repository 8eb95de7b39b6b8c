/**
 * Comment limits as WordPress enforces them (wp_get_comment_fields_max_lengths):
 * name, email and website are counted in characters (code points, so an emoji is one),
 * the body in UTF-8 bytes, because that is what the database column holds.
 */
export const COMMENT_LIMITS = {
  authorNameChars: 245,
  authorEmailChars: 100,
  authorUrlChars: 200,
  bodyBytes: 65_525,
  maxThreadDepth: 5,
} as const;

/** Largest page the public API serves; Strapi's maxLimit is set from it. */
/** A reader's optional reason when reporting a comment (the report dialog's limit too). */
export const REPORT_REASON_MAX_CHARS = 500;

export const MAX_PAGE_SIZE = 50;
export const COMMENTS_PAGE_SIZE = 20;

export const countChars = (value: string): number => [...value].length;
export const countBytes = (value: string): number => new TextEncoder().encode(value).length;
