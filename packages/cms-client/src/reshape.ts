/** Strapi 5's flattened REST shapes, as far as we read them. */
type StrapiMedia = {
  url: string;
  alternativeText?: string | null;
  caption?: string | null;
  width?: number | null;
  height?: number | null;
  formats?: Record<string, { url: string; width: number } | undefined> | null;
};

export type StrapiArticle = {
  documentId: string;
  title: string;
  slug: string;
  dek?: string | null;
  body?: unknown;
  dateline?: string | null;
  publishedDate?: string | null;
  publishedAt?: string | null;
  updatedAt: string;
  commentStatus?: string | null;
  featured?: boolean | null;
  coverCredit?: string | null;
  cover?: StrapiMedia | null;
  author?: { name: string; slug: string; bio?: string | null } | null;
  category?: { name: string; slug: string } | null;
  seo?: { metaTitle?: string | null; metaDescription?: string | null; canonicalUrl?: string | null } | null;
};

const toMedia = (media: StrapiMedia | null | undefined) =>
  media
    ? {
        url: media.url,
        alt: media.alternativeText ?? '',
        caption: media.caption ?? null,
        width: media.width ?? null,
        height: media.height ?? null,
        sources: Object.values(media.formats ?? {})
          .flatMap((format) => (format?.url && format.width ? [{ url: format.url, width: format.width }] : []))
          .sort((a, b) => a.width - b.width),
      }
    : null;

/** Strapi's envelope to our field names; the contracts schema then checks the result. */
export const toArticleFields = (raw: StrapiArticle) => ({
  documentId: raw.documentId,
  slug: raw.slug,
  title: raw.title,
  dek: raw.dek ?? null,
  body: raw.body ?? [],
  cover: toMedia(raw.cover),
  coverCredit: raw.coverCredit ?? null,
  author: raw.author ? { name: raw.author.name, slug: raw.author.slug, bio: raw.author.bio ?? null } : null,
  category: raw.category ? { name: raw.category.name, slug: raw.category.slug } : null,
  dateline: raw.dateline ?? null,
  publishedDate: raw.publishedDate ?? raw.publishedAt ?? raw.updatedAt,
  updatedAt: raw.updatedAt,
  commentStatus: raw.commentStatus ?? 'open',
  featured: raw.featured ?? false,
  seo: {
    metaTitle: raw.seo?.metaTitle ?? null,
    metaDescription: raw.seo?.metaDescription ?? null,
    canonicalUrl: raw.seo?.canonicalUrl ?? null,
  },
});
