type PreviewTarget = { uid: string; documentId: string; status?: string | null; webUrl: string; secret: string };

/**
 * Where the admin's preview pane points: the site's draft-mode route, which checks the secret,
 * turns draft mode on and redirects to the story.
 */
export const previewUrl = async ({ uid, documentId, status, webUrl, secret }: PreviewTarget): Promise<string | null> => {
  if (uid !== 'api::article.article') return null;
  const article = await strapi.documents('api::article.article').findOne({ documentId, status: 'draft', fields: ['slug'] });
  if (!article?.slug) return null;
  const query = new URLSearchParams({ secret, slug: article.slug, status: status ?? 'draft' });
  return `${webUrl.replace(/\/$/, '')}/api/preview?${query}`;
};
