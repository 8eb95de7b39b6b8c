import type { Article } from '@derna/contracts';
import { articleDescription, canonicalUrl, type SiteInfo } from './article-metadata';

type JsonLdOptions = SiteInfo & { logoUrl: string; commentCount?: number; breadcrumb?: unknown };

/** schema.org NewsArticle for one story, as search engines read it. */
export const newsArticleJsonLd = (article: Article, { commentCount = 0, logoUrl, breadcrumb, ...site }: JsonLdOptions) => {
  const url = canonicalUrl(article, site);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: articleDescription(article),
    datePublished: article.publishedDate,
    dateModified: article.updatedAt,
    // The page's BreadcrumbList belongs to the page (schema.org WebPage.breadcrumb): one JSON-LD block.
    mainEntityOfPage: { '@type': 'WebPage', '@id': url, ...(breadcrumb ? { breadcrumb } : {}) },
    url,
    ...(article.author
      ? { author: [{ '@type': 'Person', name: article.author.name }] }
      : { author: [{ '@type': 'Organization', name: site.siteName, url: site.siteUrl }] }),
    publisher: {
      '@type': 'NewsMediaOrganization',
      name: site.siteName,
      url: site.siteUrl,
      logo: { '@type': 'ImageObject', url: logoUrl },
    },
    ...(article.cover ? { image: [article.cover.url] } : {}),
    ...(article.category ? { articleSection: article.category.name } : {}),
    ...(article.dateline ? { dateline: article.dateline } : {}),
    ...(commentCount > 0 ? { commentCount } : {}),
    inLanguage: 'en',
  };
};

/**
 * JSON for a <script> element: "<" escaped so no string in the data can close the script
 * (`</script>`) or open a comment; U+2028/2029 escaped for old JavaScript parsers.
 */
export const serializeJsonLd = (data: unknown): string =>
  JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
