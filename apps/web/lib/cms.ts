import 'server-only';
import { cache } from 'react';
import { draftMode } from 'next/headers';
import { createCmsClient } from '@derna/cms-client';
import { env } from './env';
import { cacheTags } from './cache-tags';

/** Readers' client: no token, published content only, responses cached by tag. */
const publicClient = createCmsClient({ baseUrl: env.CMS_URL });

/** Editors' preview client: a server-only token that may read drafts; never cached. */
const previewClient = env.CMS_API_TOKEN ? createCmsClient({ baseUrl: env.CMS_URL, token: env.CMS_API_TOKEN }) : null;

/** How long a cached page may live if no revalidation reaches it: a safety net, not the mechanism. */
export const FALLBACK_REVALIDATE_SECONDS = 3600;

const cached = (tags: string[]) => ({ next: { tags, revalidate: FALLBACK_REVALIDATE_SECONDS } });

export const getArticleList = cache(async (page = 1) =>
  publicClient.articles.list({ page, pageSize: 20, ...cached([cacheTags.articleList]) }),
);

/** One lookup shared by generateMetadata and the page. */
export const getArticle = cache(async (slug: string) => {
  const { isEnabled: preview } = await draftMode();
  if (preview && previewClient) return previewClient.articles.bySlug(slug, { draft: true, cache: 'no-store' });
  return publicClient.articles.bySlug(slug, cached([cacheTags.article(slug), cacheTags.articleList]));
});
