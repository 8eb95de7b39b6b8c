import type { StorySummary } from '@derna/contracts';

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

type Media = {
  url: string;
  alternativeText?: string | null;
  caption?: string | null;
  width?: number | null;
  height?: number | null;
  formats?: Record<string, { url: string; width: number } | undefined> | string | null;
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
  cover?: Media | null;
  author?: { name: string; slug: string; bio?: string | null } | null;
  category?: { name: string; slug: string } | null;
};

const iso = (value: string | Date | null | undefined) => (value ? new Date(value).toISOString() : null);

const formatsOf = (formats: Media['formats']) => (typeof formats === 'string' ? JSON.parse(formats) : formats ?? {});

const toMedia = (media: Media | null | undefined) =>
  media
    ? {
        url: media.url,
        alt: media.alternativeText ?? '',
        caption: media.caption ?? null,
        width: media.width ?? null,
        height: media.height ?? null,
        sources: Object.values(formatsOf(media.formats) as Record<string, { url: string; width: number } | undefined>)
          .flatMap((format) => (format?.url && format.width ? [{ url: format.url, width: format.width }] : []))
          .sort((a, b) => a.width - b.width),
      }
    : null;

/** A database row to the wire shape the contracts promise, with its approved-comment count. */
export const toStorySummary = (row: SummaryRow, commentCount: number): StorySummary => ({
  documentId: row.documentId,
  slug: row.slug,
  title: row.title,
  dek: row.dek ?? null,
  cover: toMedia(row.cover),
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
