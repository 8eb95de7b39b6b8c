import { toPublicMedia, type StrapiMedia, type StorySummary } from '@derna/contracts';

/** What a list selects from an article: public fields only, never the body or admin data. */
export const SUMMARY_SELECT = [
  'id', 'documentId', 'title', 'slug', 'dek', 'dateline', 'publishedDate', 'publishedAt', 'updatedAt',
  'commentStatus', 'featured', 'coverCredit',
];
export const SUMMARY_POPULATE = {
  cover: { select: ['url', 'alternativeText', 'caption', 'width', 'height', 'formats'] },
  author: { select: ['name', 'slug', 'bio'] },
  category: { select: ['name', 'slug'] },
};


export type SummaryRow = {
  id: number;
  documentId: string;
  title: string;
  slug: string;
  dek?: string | null;
  dateline?: string | null;
  publishedDate?: string | Date | null;
  publishedAt?: string | Date | null;
  updatedAt: string | Date;
  commentStatus?: string | null;
  featured?: boolean | number | null;
  coverCredit?: string | null;
  cover?: StrapiMedia | null;
  author?: { name: string; slug: string; bio?: string | null } | null;
  category?: { name: string; slug: string } | null;
};

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null);


/** A database row to the wire shape the contracts promise, with its approved-comment count. */
export const toStorySummary = (row: SummaryRow, commentCount: number): StorySummary => ({
  documentId: row.documentId,
  slug: row.slug,
  title: row.title,
  dek: row.dek ?? null,
  cover: toPublicMedia(row.cover),
  coverCredit: row.coverCredit ?? null,
  author: row.author ? { name: row.author.name, slug: row.author.slug, bio: row.author.bio ?? null } : null,
  category: row.category ? { name: row.category.name, slug: row.category.slug } : null,
  dateline: row.dateline ?? null,
  publishedDate: iso(row.publishedDate) ?? iso(row.publishedAt) ?? (iso(row.updatedAt) as string),
  updatedAt: iso(row.updatedAt) as string,
  commentStatus: row.commentStatus === 'closed' ? 'closed' : 'open',
  featured: Boolean(row.featured),
  commentCount,
});
