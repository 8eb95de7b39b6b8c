import 'server-only';

/** Searches a reader may run per minute; more get a "slow down" message, not results. */
export const SEARCHES_PER_MINUTE = 30;
const WINDOW_MS = 60_000;
const MAX_TRACKED = 10_000;

const windows = new Map<string, { startedAt: number; count: number }>();

/**
 * A fixed window per reader IP, in this process's memory: each site replica counts alone, and
 * the CMS limits its search route per client too (SEARCH_RATE_LIMIT). True while the reader may search.
 */
export const allowSearch = (ip: string, now = Date.now()): boolean => {
  const current = windows.get(ip);
  if (!current || now - current.startedAt >= WINDOW_MS) {
    if (windows.size >= MAX_TRACKED) windows.clear();
    windows.set(ip, { startedAt: now, count: 1 });
    return true;
  }
  current.count += 1;
  return current.count <= SEARCHES_PER_MINUTE;
};
