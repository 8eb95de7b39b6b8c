import 'server-only';

/** CMS reads under way in this process, and when the last one ended. */
let underWay = 0;
let lastEndedAt = 0;

/**
 * The fetch the CMS clients that pages render with use: Next's own (looked up on each call, as it
 * patches the global), counted, so that the revalidation route knows whether a render may have
 * read the CMS just before a change and still be storing what it read.
 */
export const countedCmsFetch: typeof fetch = async (input, init) => {
  underWay += 1;
  try {
    return await fetch(input, init);
  } finally {
    underWay -= 1;
    lastEndedAt = Date.now();
  }
};

/** Whether this process is reading the CMS, or read it within the last `withinMs`. */
export const readCmsRecently = (withinMs: number) => underWay > 0 || Date.now() - lastEndedAt < withinMs;
