/** Where lists of stories live; safe in client code (no server imports). */

export const sectionPath = (slug: string) => `/section/${slug}`;
export const authorPath = (slug: string) => `/author/${slug}`;

/** Page `n` of a list whose first page is at `base` ('/' for the front page). */
export const listPagePath = (base: string, page: number) => {
  if (page <= 1) return base;
  return `${base === '/' ? '' : base}/page/${page}`;
};

export const feedPath = (base: string) => `${base === '/' ? '' : base}/feed.xml`;

export const searchPath = (query: string, page = 1) =>
  `/search?${new URLSearchParams({ q: query, ...(page > 1 ? { page: String(page) } : {}) }).toString()}`;

/** A page number from the address: 2 and up only (page 1 is the list's own address), else null. */
export const laterPageNumber = (value: string): number | null => {
  const number = /^[1-9]\d{0,3}$/.test(value) ? Number(value) : 0;
  return number >= 2 ? number : null;
};

/** Page 1 has the list's own address: /page/1 leads there. */
export const isFirstPage = (value: string) => value === '1';
