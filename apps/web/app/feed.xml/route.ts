import { getArticleList } from '@/lib/cms';
import { rssFeed } from '@/lib/rss';
import { site } from '@/lib/site';

// Built once, served from the cache, refreshed when the CMS revalidates the `articles` tag.
export const dynamic = 'force-static';
export const revalidate = 3600;

export async function GET() {
  const { articles } = await getArticleList(1, 20);
  const xml = rssFeed(articles, { ...site, feedUrl: new URL('/feed.xml', site.siteUrl).toString() });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
