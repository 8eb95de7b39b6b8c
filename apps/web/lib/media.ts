import type { Article, ArticleSummary, BlockNode, Media } from '@derna/contracts';

/**
 * Strapi's local upload provider answers with paths ("/uploads/x.jpg"); browsers, feeds and
 * `srcset` need absolute URLs on the CMS's public address.
 */
export const absoluteUrl = (url: string, base: string): string => new URL(url, base).toString();

const withAbsoluteUrls = (media: Media, base: string): Media => ({
  ...media,
  url: absoluteUrl(media.url, base),
  sources: media.sources.map((source) => ({ ...source, url: absoluteUrl(source.url, base) })),
});

const withAbsoluteImages = (blocks: BlockNode[], base: string): BlockNode[] =>
  blocks.map((block) =>
    block.type === 'image' ? { ...block, image: { ...block.image, url: absoluteUrl(block.image.url, base) } } : block,
  );

export function resolveMedia(article: Article, base: string): Article;
export function resolveMedia(article: ArticleSummary, base: string): ArticleSummary;
export function resolveMedia(article: Article | ArticleSummary, base: string): Article | ArticleSummary {
  const cover = article.cover ? withAbsoluteUrls(article.cover, base) : null;
  if (!('body' in article)) return { ...article, cover };
  return { ...article, cover, body: withAbsoluteImages(article.body, base) };
}
