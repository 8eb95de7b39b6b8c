import { z } from 'zod';

/**
 * Slugs as Strapi's `uid` field allows them (letters, digits, - _ . ~), with at least one
 * letter or digit so that a slug can never be "." or "..". Safe to put in a URL path as is.
 */
export const SLUG_PATTERN = /^(?=.*[A-Za-z0-9])[A-Za-z0-9._~-]{1,200}$/;
export const slugSchema = z.string().regex(SLUG_PATTERN, 'Not a valid slug');

/**
 * Every cache tag the site uses: the site tags its fetches with them, the CMS names them on change
 * (apps/cms/src/documents/invalidation: the one place that maps a change to tags).
 *
 * - `articles`: every page that lists stories or shows a story's metadata (front page, section and
 *   author pages, search, related stories, feeds, sitemap, and the story page itself). Any change to
 *   a story, an author or a section names it.
 * - `article:<slug>`: one story page.
 * - `comments:<articleDocumentId>`: one story's approved comments (the list, the count, JSON-LD).
 * - `comment-counts`: the approved-comment counts that list pages show beside each story.
 */
export const cacheTags = {
  articleList: 'articles',
  article: (slug: string) => `article:${slug}`,
  comments: (articleDocumentId: string) => `comments:${articleDocumentId}`,
  commentCounts: 'comment-counts',
} as const;

/** Only tags of our own shapes may be revalidated from outside. */
export const cacheTagSchema = z.union([
  z.literal(cacheTags.articleList),
  z.literal(cacheTags.commentCounts),
  z.string().regex(/^article:(?=.*[A-Za-z0-9])[A-Za-z0-9._~-]{1,200}$/),
  z.string().regex(/^comments:[A-Za-z0-9]{1,64}$/),
]);

/** The header the CMS sends its shared secret in. */
export const REVALIDATE_SECRET_HEADER = 'x-revalidate-secret';

/**
 * The header with which the site asks the edge for a fresh copy of a page (the same secret; the
 * edge bypasses its copy only when it matches, and never passes the header on).
 */
export const EDGE_REFRESH_HEADER = 'x-edge-refresh';

/** The most story pages one revalidation may have refreshed at the edge (a bulk moderation). */
export const EDGE_REFRESH_MAX_STORIES = 50;

/**
 * The body of `POST /api/revalidate`. `immediate` drops cached pages at once (a story taken down
 * must not be served again); otherwise the next reader gets the old page while a new one renders.
 * `stories`: the slugs of story pages whose copies at the edge the site replaces at once, rather
 * than letting them expire (a takedown or an approval then reaches readers in one render).
 */
export const revalidateRequestSchema = z.object({
  tags: z.array(cacheTagSchema).min(1).max(20),
  immediate: z.boolean().optional(),
  stories: z.array(slugSchema).max(EDGE_REFRESH_MAX_STORIES).optional(),
});
export type RevalidateRequest = z.infer<typeof revalidateRequestSchema>;
