/** An upload as Strapi stores and serves it (its REST shape, or a row read in the CMS). */
export type StrapiMedia = {
  url: string;
  alternativeText?: string | null;
  caption?: string | null;
  width?: number | null;
  height?: number | null;
  /** Strapi's smaller copies; a raw database row holds them as JSON text. */
  formats?: Record<string, { url: string; width: number } | undefined> | string | null;
};

const formatsOf = (formats: StrapiMedia['formats']) =>
  (typeof formats === 'string' ? JSON.parse(formats) : (formats ?? {})) as Record<string, { url?: string; width?: number } | undefined>;

/**
 * An upload as readers get it: its alt text and caption, and every smaller copy Strapi made,
 * smallest first (for `srcset`). The CMS's story lists and the site's client both shape it here.
 */
export const toPublicMedia = (media: StrapiMedia | null | undefined) =>
  media
    ? {
        url: media.url,
        alt: media.alternativeText ?? '',
        caption: media.caption ?? null,
        width: media.width ?? null,
        height: media.height ?? null,
        sources: Object.values(formatsOf(media.formats))
          .flatMap((format) => (format?.url && format.width ? [{ url: format.url, width: format.width }] : []))
          .sort((a, b) => a.width - b.width),
      }
    : null;
