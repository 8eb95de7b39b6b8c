import type { Article, ArticleSummary, BlockNode } from '@derna/contracts';

/**
 * Strapi's local upload provider answers with paths ("/uploads/x.jpg"); browsers, feeds and
 * next/image need absolute URLs on the CMS's public address.
 */
export const absoluteUrl = (url: string, base: string): string => new URL(url, base).toString();

const withAbsoluteImages = (blocks: BlockNode[], base: string): BlockNode[] =>
  blocks.map((block) =>
    block.type === 'image' ? { ...block, image: { ...block.image, url: absoluteUrl(block.image.url, base) } } : block,
  );

export function resolveMedia(article: Article, base: string): Article;
export function resolveMedia(article: ArticleSummary, base: string): ArticleSummary;
export function resolveMedia(article: Article | ArticleSummary, base: string): Article | ArticleSummary {
  const cover = article.cover ? { ...article.cover, url: absoluteUrl(article.cover.url, base) } : null;
  if (!('body' in article)) return { ...article, cover };
  return { ...article, cover, body: withAbsoluteImages(article.body, base) };
}
