import type { ArticleSummary } from '@derna/contracts';
import { articlePath, type SiteInfo } from './article-metadata';
import { element, escapeXml } from './xml';

type FeedInfo = SiteInfo & { description: string; feedUrl: string };

const lastModified = (articles: ArticleSummary[]) => articles.map(({ updatedAt }) => updatedAt).sort().at(-1);

const rfc822 = (iso: string) => new Date(iso).toUTCString();

const item = (article: ArticleSummary, siteUrl: string) => {
  const link = new URL(articlePath(article.slug), siteUrl).toString();
  return [
    '<item>',
    element('title', article.title),
    element('link', link),
    `<guid isPermaLink="true">${escapeXml(link)}</guid>`,
    element('description', article.dek),
    element('dc:creator', article.author?.name),
    element('category', article.category?.name),
    element('pubDate', rfc822(article.publishedDate)),
    '</item>',
  ].join('');
};

/** An RSS 2.0 document of the given stories, newest first; every text escaped. */
export const rssFeed = (articles: ArticleSummary[], feed: FeedInfo): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', feed.siteName),
    element('link', feed.siteUrl),
    element('description', feed.description),
    element('language', 'en'),
    `<atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    lastModified(articles) ? element('lastBuildDate', rfc822(lastModified(articles) as string)) : '',
    ...articles.map((article) => item(article, feed.siteUrl)),
    '</channel>',
    '</rss>',
  ].join('\n');
