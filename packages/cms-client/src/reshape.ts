import { toPublicMedia, type StrapiMedia } from '@derna/contracts';

/** Strapi 5's flattened REST shapes, as far as we read them. */
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


/** Strapi's envelope to our field names; the contracts schema then checks the result. */
export const toArticleFields = (raw: StrapiArticle) => ({
  documentId: raw.documentId,
  slug: raw.slug,
  title: raw.title,
  dek: raw.dek ?? null,
  body: raw.body ?? [],
  cover: toPublicMedia(raw.cover),
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
