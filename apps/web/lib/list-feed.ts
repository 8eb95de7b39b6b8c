import 'server-only';
import { getListSource, type ListKind } from './list-source';
import { rssFeed } from './rss';
import { site } from './site';

/** The RSS feed of a section's or author's latest stories; 404 for an unknown one. */
export const listFeedResponse = async (kind: ListKind, slug: string): Promise<Response> => {
  const source = await getListSource(kind, slug);
  if (!source) return new Response('No such feed.', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const xml = rssFeed(source.list.stories, {
    siteName: `${site.siteName}: ${source.name}`,
    siteUrl: new URL(source.base, site.siteUrl).toString(),
    description: source.bio ?? `The latest stories from ${source.name}.`,
    feedUrl: new URL(source.feed, site.siteUrl).toString(),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
