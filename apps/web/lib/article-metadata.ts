import type { Metadata } from 'next';
import { blocksToPlainText, isAbsoluteHttpUrl, type Article } from '@derna/contracts';
import { articlePath } from './story-paths';

export type SiteInfo = { siteUrl: string; siteName: string };

const DESCRIPTION_CHARS = 160;

const truncate = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;

export { articlePath };

/** The story's one true address: the editor's override if it is an absolute http(s) URL, or ours. */
export const canonicalUrl = (article: Article, { siteUrl }: SiteInfo) =>
  isAbsoluteHttpUrl(article.seo.canonicalUrl) ? article.seo.canonicalUrl : new URL(articlePath(article.slug), siteUrl).toString();

export const articleTitle = (article: Article) => article.seo.metaTitle ?? article.title;

/** SEO description, then the dek, then the opening of the story. */
export const articleDescription = (article: Article) =>
  article.seo.metaDescription ?? article.dek ?? truncate(blocksToPlainText(article.body)[0] ?? '', DESCRIPTION_CHARS);

/** Title, description, canonical link, Open Graph and Twitter card for one story. */
export const articleMetadata = (article: Article, site: SiteInfo): Metadata => {
  const title = articleTitle(article);
  const description = articleDescription(article);
  const url = canonicalUrl(article, site);
  const cover = article.cover;
  const images = cover
    ? [{ url: cover.url, alt: cover.alt, width: cover.width ?? undefined, height: cover.height ?? undefined }]
    : undefined;
  return {
    title,
    description,
    alternates: { canonical: url },
    authors: article.author ? [{ name: article.author.name }] : undefined,
    openGraph: {
      type: 'article',
      url,
      title,
      description,
      siteName: site.siteName,
      locale: 'en_GB',
      publishedTime: article.publishedDate,
      modifiedTime: article.updatedAt,
      section: article.category?.name,
      authors: article.author ? [article.author.name] : undefined,
      images,
    },
    twitter: { card: cover ? 'summary_large_image' : 'summary', title, description, images },
  };
};
