import 'server-only';
import type { Metadata } from 'next';
import { authorPath, feedPath, listPagePath, sectionPath } from './list-paths';
import { getStoryList } from './stories';
import { site } from './site';

export type ListKind = 'section' | 'author';

/** A section's or author's page of stories, with its name, address and feed; null if unknown. */
export const getListSource = async (kind: ListKind, slug: string, page = 1) => {
  const list = await getStoryList(kind === 'section' ? { section: slug } : { author: slug }, page);
  const owner = kind === 'section' ? list?.section : list?.author;
  if (!list || !owner) return null;
  const base = kind === 'section' ? sectionPath(owner.slug) : authorPath(owner.slug);
  return { list, name: owner.name, bio: list.author?.bio ?? null, base, feed: feedPath(base) };
};

/** Title, canonical address and RSS link of a section's or author's page. */
export const listMetadata = async (kind: ListKind, slug: string, page = 1): Promise<Metadata> => {
  const source = await getListSource(kind, slug, page);
  if (!source) return { title: 'Page not found', robots: { index: false } };
  const title = page > 1 ? `${source.name}, page ${page}` : source.name;
  return {
    title,
    description: source.bio ?? `${kind === 'section' ? 'News' : 'Stories'} from ${source.name}, ${site.siteName}.`,
    alternates: {
      canonical: listPagePath(source.base, page),
      types: { 'application/rss+xml': [{ url: source.feed, title: `${site.siteName}: ${source.name}` }] },
    },
  };
};
