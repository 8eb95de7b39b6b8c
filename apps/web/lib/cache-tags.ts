/** Every cache tag the site uses; the CMS's revalidation webhook names the same ones. */
export const cacheTags = {
  articleList: 'articles',
  article: (slug: string) => `article:${slug}`,
  comments: (articleDocumentId: string) => `comments:${articleDocumentId}`,
} as const;
