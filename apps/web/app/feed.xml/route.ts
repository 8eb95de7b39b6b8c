import { getArticleList } from '@/lib/cms';
import { rssFeed } from '@/lib/rss';
import { site } from '@/lib/site';

// Built once, served from the cache, refreshed when the CMS revalidates the `articles` tag. Not
// `force-static`: that would hide a build without a CMS from lib/build-without-cms.ts (and fail it);
// the handler reads no request, so Next prerenders it all the same when the CMS is up.
export const revalidate = 3600;

export async function GET() {
  const { articles } = await getArticleList(1, 20);
  const xml = rssFeed(articles, { ...site, feedUrl: new URL('/feed.xml', site.siteUrl).toString() });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
