import type { Media } from '@derna/contracts';

/** Up to the story column's width; full width on a phone. */
const COVER_SIZES = '(max-width: 46rem) 100vw, 44rem';

/**
 * The story's cover as a plain responsive image: Strapi's own smaller copies in `srcset`, so
 * a phone downloads a phone-sized file, and no image component ships to the browser.
 */
export function Cover({ cover, credit = null }: { cover: Media; credit?: string | null }) {
  // Without known dimensions the image could not reserve its space, so it would shift the text.
  if (!cover.width || !cover.height) return null;
  const srcSet = cover.sources.length
    ? [...cover.sources, { url: cover.url, width: cover.width }].map(({ url, width }) => `${url} ${width}w`).join(', ')
    : undefined;
  return (
    <figure className="story__cover">
      {/* eslint-disable-next-line @next/next/no-img-element -- Strapi already made the sizes; next/image would add a client component and an optimizer hop */}
      <img
        src={cover.url}
        srcSet={srcSet}
        sizes={srcSet ? COVER_SIZES : undefined}
        alt={cover.alt}
        width={cover.width}
        height={cover.height}
        fetchPriority="high"
        decoding="async"
      />
      {cover.caption || credit ? (
        <figcaption>
          {cover.caption}
          {cover.caption && credit ? ' ' : null}
          {credit ? <span className="cover__credit">{credit}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
