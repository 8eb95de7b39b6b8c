/**
 * Issue 18's freshness: the pages besides a story's own that list it. Publishing, editing,
 * unpublishing or deleting the story must reach every one of them; the site's tests and the bench
 * check this same list.
 */
export type StoryListing = {
  path: string;
  /** How the page shows the story: its title, or only its address (the sitemap, search results). */
  by: 'title' | 'address';
};

export type StoryPlaces = {
  section: string;
  author: string;
  /** Another story of the same section: its related stories list this one. */
  relatedTo: string;
  /** A word of the story's title, to search for. */
  searchWord: string;
};

export const storyListings = ({ section, author, relatedTo, searchWord }: StoryPlaces): StoryListing[] => [
  { path: '/', by: 'title' },
  { path: `/section/${section}`, by: 'title' },
  { path: `/author/${author}`, by: 'title' },
  { path: `/news/${relatedTo}`, by: 'title' },
  { path: '/feed.xml', by: 'title' },
  { path: `/section/${section}/feed.xml`, by: 'title' },
  { path: `/author/${author}/feed.xml`, by: 'title' },
  { path: '/sitemap.xml', by: 'address' },
  { path: `/search?q=${encodeURIComponent(searchWord)}`, by: 'address' },
];

/** Search is rate-limited per reader: poll it only once everything else is fresh. */
export const isSearch = (listing: StoryListing) => listing.path.startsWith('/search');

/**
 * The listings that do not yet show the story as readers should now see it: `shown` true when it
 * must be there (under this title), false when it must be gone. Fixtures' titles are plain words,
 * so they appear in the HTML and the feeds as written.
 */
export const staleListings = async (
  siteUrl: string,
  listings: StoryListing[],
  story: { slug: string; title: string },
  shown: boolean,
): Promise<string[]> => {
  const stale = await Promise.all(
    listings.map(async ({ path, by }) => {
      const response = await fetch(`${siteUrl}${path}`);
      const body = await response.text();
      const present = body.includes(by === 'title' ? story.title : `/news/${story.slug}`);
      return present === shown ? null : `${path} (HTTP ${response.status})`;
    }),
  );
  return stale.filter((path): path is string => path !== null);
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls until every listing shows the story as it should (see staleListings): the pages every
 * `everyMs`, then search, which is rate-limited per reader, every 500 ms. Resolves with the
 * milliseconds since `since`; rejects after `timeoutMs`, naming the pages still stale.
 */
export const waitForListings = async (
  siteUrl: string,
  listings: StoryListing[],
  story: { slug: string; title: string },
  shown: boolean,
  { since = performance.now(), timeoutMs = 10_000, everyMs = 25 }: { since?: number; timeoutMs?: number; everyMs?: number } = {},
): Promise<number> => {
  for (const [group, every] of [[listings.filter((listing) => !isSearch(listing)), everyMs], [listings.filter(isSearch), 500]] as const) {
    for (;;) {
      const stale = await staleListings(siteUrl, group, story, shown);
      if (stale.length === 0) break;
      if (performance.now() - since > timeoutMs) {
        throw new Error(`After ${timeoutMs} ms, still ${shown ? 'without' : 'with'} "${story.title}": ${stale.join(', ')}`);
      }
      await pause(every);
    }
  }
  return performance.now() - since;
};
