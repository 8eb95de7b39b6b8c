import 'server-only';
import { cache } from 'react';
import { draftMode } from 'next/headers';
import { createCmsClient } from '@derna/cms-client';
import { MAX_PAGE_SIZE, SLUG_PATTERN } from '@derna/contracts';
import { env } from './env';
import { countedCmsFetch } from './cms-reads';
import { cacheTags } from './cache-tags';
import { resolveMedia } from './media';
import { renderOnRequestWithoutCmsAtBuild } from './build-without-cms';

/** Readers' client: no token, published content only, responses cached by tag. */
const publicClient = createCmsClient({ baseUrl: env.CMS_URL, fetch: countedCmsFetch });

/** Editors' preview client: a server-only token that may read drafts; never cached. */
const previewClient = env.CMS_API_TOKEN
  ? createCmsClient({ baseUrl: env.CMS_URL, token: env.CMS_API_TOKEN, fetch: countedCmsFetch })
  : null;

const mediaBase = env.CMS_PUBLIC_URL ?? env.CMS_URL;

/** How long a cached page may live if no revalidation reaches it: a safety net, not the mechanism. */
export const FALLBACK_REVALIDATE_SECONDS = 3600;

const cached = (tags: string[]) => ({ next: { tags, revalidate: FALLBACK_REVALIDATE_SECONDS } });

/**
 * Newest published articles. A CMS outage throws (never an empty list), so a cached page or feed
 * is kept rather than replaced by an empty one during background revalidation.
 */
export const getArticleList = cache(async (page = 1, pageSize = 20) => {
  const result = await renderOnRequestWithoutCmsAtBuild(() =>
    publicClient.articles.list({ page, pageSize, ...cached([cacheTags.articleList]) }),
  );
  return { ...result, articles: result.articles.map((article) => resolveMedia(article, mediaBase)) };
});

/** One lookup shared by generateMetadata and the page; drafts only for editors in draft mode. */
export const getArticle = cache(async (slug: string) => {
  // Anything that cannot be a slug is not worth a trip to the CMS.
  if (!SLUG_PATTERN.test(slug)) return null;
  const { isEnabled: preview } = await draftMode();
  const article =
    preview && previewClient
      ? await previewClient.articles.bySlug(slug, { draft: true, cache: 'no-store' })
      : await publicClient.articles.bySlug(slug, cached([cacheTags.article(slug), cacheTags.articleList]));
  return article ? resolveMedia(article, mediaBase) : null;
});

/** Whether this request is an editor's preview. */
export const isPreview = async () => (await draftMode()).isEnabled;

/** Every published article, newest first, for the sitemap; a page at a time, each cached. */
export const getAllArticles = cache(async () => {
  const first = await getArticleList(1, MAX_PAGE_SIZE);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, first.pagination.pageCount - 1) }, (_, index) => getArticleList(index + 2, MAX_PAGE_SIZE)),
  );
  return [first, ...rest].flatMap(({ articles }) => articles);
});

/**
 * A page of a story's approved comments, cached under the story's comments tag. A page pinned
 * to a moment (a reader's "Load more") is not: any client can choose that moment, and each one
 * would be a new entry in Next's cache, pushing the pages every reader needs out of it.
 */
export const getCommentPage = cache(async (articleId: string, page = 1, pinnedAt?: string) =>
  publicClient.comments.list(articleId, {
    page,
    pinnedAt,
    ...(pinnedAt ? { cache: 'no-store' as const } : cached([cacheTags.comments(articleId)])),
  }),
);
