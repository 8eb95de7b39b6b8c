import type { MetadataRoute } from 'next';
import { getAllArticles } from '@/lib/cms';
import { getStoryDirectory } from '@/lib/stories';
import { articlePath } from '@/lib/article-metadata';
import { authorPath, sectionPath } from '@/lib/list-paths';
import { site } from '@/lib/site';

export const revalidate = 3600;

/**
 * Published stories, and the sections and authors that have some (the public client cannot read
 * drafts); both fetches are refreshed by the `articles` tag.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [articles, directory] = await Promise.all([getAllArticles(), getStoryDirectory()]);
  const url = (path: string) => new URL(path, site.siteUrl).toString();
  const lists = (entries: typeof directory.sections, pathOf: (slug: string) => string) =>
    entries.map(({ slug, updatedAt }) => ({ url: url(pathOf(slug)), lastModified: updatedAt, changeFrequency: 'daily' as const, priority: 0.6 }));
  return [
    { url: url('/'), lastModified: articles[0]?.updatedAt, changeFrequency: 'hourly', priority: 1 },
    ...lists(directory.sections, sectionPath),
    ...lists(directory.authors, authorPath),
    ...articles.map((article) => ({
      url: url(articlePath(article.slug)),
      lastModified: article.updatedAt,
      changeFrequency: 'daily' as const,
      priority: 0.8,
    })),
  ];
}
