import 'server-only';

type CmsReads = { underWay: number; lastEndedAt: number };

/**
 * CMS reads under way in this process, and when the last one ended. On `globalThis`: Next bundles
 * every route on its own, so a module's own variables are one copy per route, and the
 * revalidation route would never see the reads of the pages it revalidates.
 */
const reads: CmsReads = ((globalThis as { __dernaCmsReads?: CmsReads }).__dernaCmsReads ??= { underWay: 0, lastEndedAt: 0 });

/**
 * The fetch the CMS clients that pages render with use: Next's own (looked up on each call, as it
 * patches the global), counted, so that the revalidation route knows whether a render may have
 * read the CMS (or Next's cache of it) just before a change and still be storing what it read.
 */
export const countedCmsFetch: typeof fetch = async (input, init) => {
  reads.underWay += 1;
  try {
    return await fetch(input, init);
  } finally {
    reads.underWay -= 1;
    reads.lastEndedAt = Date.now();
  }
};

/** Whether this process is reading the CMS, or read it within the last `withinMs`. */
export const readCmsRecently = (withinMs: number) => reads.underWay > 0 || Date.now() - reads.lastEndedAt < withinMs;
