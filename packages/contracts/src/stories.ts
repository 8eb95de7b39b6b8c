import { z } from 'zod';
import { articleSummarySchema, authorSchema, categorySchema } from './article';
import { SLUG_PATTERN } from './cache-tags';

/** Stories per list page (front page, sections, authors) and per page of search results. */
export const STORIES_PAGE_SIZE = 20;
export const SEARCH_PAGE_SIZE = 10;
/** Related stories under a story. */
export const RELATED_STORIES = 4;
/** The longest search a reader may type; longer ones are refused. */
export const SEARCH_QUERY_MAX_CHARS = 200;
/** The deepest page any list serves (10,000 stories at 20 a page is page 500). */
export const MAX_LIST_PAGE = 5_000;

export const paginationSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
});
export type Pagination = z.infer<typeof paginationSchema>;

/** A story in a list: the summary and its approved-comment count. */
export const storySummarySchema = articleSummarySchema.extend({ commentCount: z.number().int().min(0) });
export type StorySummary = z.infer<typeof storySummarySchema>;

/** The query `GET /api/stories` takes; anything else is refused. */
export const storyListQuerySchema = z.strictObject({
  section: z.string().regex(SLUG_PATTERN).optional(),
  author: z.string().regex(SLUG_PATTERN).optional(),
  /** A story to leave out (related stories never include the story itself). */
  exclude: z.string().regex(SLUG_PATTERN).optional(),
  featured: z.enum(['true']).optional(),
  /** Also the front page's lead (the newest featured story), in the same answer: one request, not two. */
  lead: z.enum(['true']).optional(),
  page: z.coerce.number().int().min(1).max(MAX_LIST_PAGE).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(STORIES_PAGE_SIZE),
});
export type StoryListQuery = z.input<typeof storyListQuerySchema>;

export const storyListSchema = z.object({
  stories: z.array(storySummarySchema),
  pagination: paginationSchema,
  /** The section or author the list was filtered by, as readers see them. */
  section: categorySchema.nullable(),
  author: authorSchema.nullable(),
  /** Asked for with `lead`: the newest featured story, or null when none is featured. */
  lead: storySummarySchema.nullable().optional(),
});
export type StoryList = z.infer<typeof storyListSchema>;

/** A run of text from the matching passage; `match` marks the words the search found. */
export const passagePartSchema = z.object({ text: z.string(), match: z.boolean() });
export type PassagePart = z.infer<typeof passagePartSchema>;

export const searchHitSchema = storySummarySchema.extend({ passage: z.array(passagePartSchema) });
export type SearchHit = z.infer<typeof searchHitSchema>;

/** The query `GET /api/stories/search` takes. */
export const searchQuerySchema = z.strictObject({
  q: z.string().trim().min(1, 'Type something to search for.').max(SEARCH_QUERY_MAX_CHARS, `Search for at most ${SEARCH_QUERY_MAX_CHARS} characters.`),
  page: z.coerce.number().int().min(1).max(500).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(SEARCH_PAGE_SIZE),
});
export type SearchQuery = z.input<typeof searchQuerySchema>;

export const searchResultsSchema = z.object({ hits: z.array(searchHitSchema), pagination: paginationSchema });
export type SearchResults = z.infer<typeof searchResultsSchema>;

/** The wire envelopes of `GET /api/stories` and `GET /api/stories/search`, as the CMS sends them. */
export const storyListResponseSchema = z.object({
  data: z.array(storySummarySchema),
  meta: z.object({ pagination: paginationSchema, section: categorySchema.nullable(), author: authorSchema.nullable(), lead: storySummarySchema.nullable().optional() }),
});
export const searchResponseSchema = z.object({ data: z.array(searchHitSchema), meta: z.object({ pagination: paginationSchema }) });

/** A section or author that has published stories, and when the newest of them last changed. */
export const directoryEntrySchema = z.object({ name: z.string(), slug: z.string(), updatedAt: z.string() });
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

/** The sections and authors with published stories (the header's sections, the sitemap), by name. */
export const storyDirectorySchema = z.object({ sections: z.array(directoryEntrySchema), authors: z.array(directoryEntrySchema) });
export type StoryDirectory = z.infer<typeof storyDirectorySchema>;

/** The wire envelope of `GET /api/stories/directory`. */
export const storyDirectoryResponseSchema = z.object({ data: storyDirectorySchema });
