import type { MetadataRoute } from 'next';
import { getAllArticles } from '@/lib/cms';
import { articlePath } from '@/lib/article-metadata';
import { site } from '@/lib/site';

export const revalidate = 3600;

/** Published stories only (the public client cannot read drafts); refreshed by the `articles` tag. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const articles = await getAllArticles();
  const url = (path: string) => new URL(path, site.siteUrl).toString();
  return [
    { url: url('/'), lastModified: articles[0]?.updatedAt, changeFrequency: 'hourly', priority: 1 },
    ...articles.map((article) => ({
      url: url(articlePath(article.slug)),
      lastModified: article.updatedAt,
      changeFrequency: 'daily' as const,
      priority: 0.8,
    })),
  ];
}
