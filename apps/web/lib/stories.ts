import 'server-only';
import { cache } from 'react';
import { createCmsClient, CmsRequestError } from '@derna/cms-client';
import { RELATED_STORIES, SLUG_PATTERN, type Article, type StorySummary } from '@derna/contracts';
import { env } from './env';
import { countedCmsFetch } from './cms-reads';
import { cacheTags } from './cache-tags';
import { FALLBACK_REVALIDATE_SECONDS } from './cms';
import { resolveMedia } from './media';
import { renderOnRequestWithoutCmsAtBuild } from './build-without-cms';

/** Readers' client for lists and search: no token, so published stories only. */
const client = createCmsClient({ baseUrl: env.CMS_URL, fetch: countedCmsFetch });
const mediaBase = env.CMS_PUBLIC_URL ?? env.CMS_URL;

/** Cached by Next under these tags: readers cost the CMS nothing until a change names one. */
const cached = (tags: string[]) => ({ next: { tags, revalidate: FALLBACK_REVALIDATE_SECONDS } });
const LIST_TAGS = [cacheTags.articleList, cacheTags.commentCounts];

const withMedia = (story: StorySummary): StorySummary => ({ ...story, ...resolveMedia(story, mediaBase) });

/** `lead`: the front page's first page, which also needs its lead story (in the same answer). */
export type ListFilter = { section?: string; author?: string; lead?: boolean };

/**
 * A page of the newest stories (of a section or author), or null when that section or author
 * does not exist. A CMS outage throws, so Next keeps the cached page rather than an empty one.
 */
export const getStoryList = cache(async (filter: ListFilter, page = 1) => {
  for (const slug of [filter.section, filter.author]) if (slug !== undefined && !SLUG_PATTERN.test(slug)) return null;
  try {
    const { lead, ...owners } = filter;
    const list = await renderOnRequestWithoutCmsAtBuild(() =>
      client.stories.list({ ...owners, ...(lead ? { lead: 'true' as const } : {}), page }, cached(LIST_TAGS)),
    );
    return { ...list, stories: list.stories.map(withMedia), lead: list.lead ? withMedia(list.lead) : null };
  } catch (error) {
    if (error instanceof CmsRequestError && error.status === 404) return null;
    throw error;
  }
});

/** The newest stories of the same section, never the story itself. */
export const getRelatedStories = cache(async (article: Pick<Article, 'slug' | 'category'>): Promise<StorySummary[]> => {
  const section = article.category?.slug;
  if (!section) return [];
  const { stories } = await renderOnRequestWithoutCmsAtBuild(() =>
    client.stories.list({ section, exclude: article.slug, pageSize: RELATED_STORIES }, cached([cacheTags.articleList])),
  );
  return stories.map(withMedia);
});

/**
 * The sections and authors with published stories, for the header and the sitemap: one cached
 * fetch for every page, under `articles` (a publish, an unpublish or a rename names it).
 */
export const getStoryDirectory = cache(async () =>
  renderOnRequestWithoutCmsAtBuild(() => client.stories.directory(cached([cacheTags.articleList]))),
);

/** A page of search results; each distinct query is cached under `articles` like any list. */
export const searchStories = cache(async (q: string, page = 1) => {
  const results = await renderOnRequestWithoutCmsAtBuild(() => client.stories.search({ q, page }, cached([cacheTags.articleList])));
  return { ...results, hits: results.hits.map((hit) => ({ ...hit, ...resolveMedia(hit, mediaBase) })) };
});
