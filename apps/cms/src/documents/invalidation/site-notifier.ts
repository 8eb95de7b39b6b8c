import { EDGE_REFRESH_MAX_STORIES, REVALIDATE_SECRET_HEADER, type RevalidateRequest } from '@derna/contracts';
import type { Invalidation } from './types';

type Log = { warn: (message: string) => void; info: (message: string) => void };

export type SiteNotifierOptions = {
  /** The site's base URL (one replica or the balancer: replicas share their cache). */
  url: string;
  secret: string;
  log: Log;
  timeoutMs?: number;
  /** Backoff after a failed call: doubles from the first delay up to the last. */
  retryDelaysMs?: { first: number; max: number };
};

/** The most tags one revalidation request may carry (packages/contracts revalidateRequestSchema). */
const TAGS_PER_REQUEST = 20;

/**
 * Tells the site which cached pages are stale, and keeps telling it until it has heard.
 *
 * A change is saved whether or not the site answers. Tags the site did not acknowledge stay in
 * `pending` (merged: a tag once immediate stays immediate), with the story pages to refresh at
 * the edge, and go again after a backoff; the outage is logged once when it starts and once when
 * it ends. Without the CMS reaching it, a cached page still expires after the site's fallback
 * revalidation period.
 */
export const createSiteNotifier = ({ url, secret, log, timeoutMs = 3000, retryDelaysMs = { first: 500, max: 30_000 } }: SiteNotifierOptions) => {
  const endpoint = `${url.replace(/\/$/, '')}/api/revalidate`;
  const pending = new Map<string, boolean>();
  const pendingStories = new Set<string>();
  let inFlight: Promise<void> | undefined;
  let retryTimer: NodeJS.Timeout | undefined;
  let failures = 0;

  const keep = (tag: string, immediate: boolean) => pending.set(tag, immediate || pending.get(tag) === true);

  const post = async (request: RevalidateRequest) => {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [REVALIDATE_SECRET_HEADER]: secret },
      body: JSON.stringify(request),
      signal: AbortSignal.timeout(timeoutMs),
    });
    // A refusal (wrong secret, unknown tag) will not get better by trying again: say so, drop it.
    if (response.status >= 400 && response.status < 500) {
      log.warn(`Site revalidation refused (HTTP ${response.status}) for ${request.tags.join(', ')}: check REVALIDATE_SECRET.`);
      return;
    }
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  };

  /**
   * Immediate tags first; the story pages to refresh at the edge go with the first request (past
   * the most one request may name, the rest of a bulk change expires at the edge within seconds).
   */
  const batches = (entries: Array<[string, boolean]>, stories: string[]): RevalidateRequest[] =>
    [true, false]
      .flatMap((immediate) => {
        const tags = entries.filter(([, isImmediate]) => isImmediate === immediate).map(([tag]) => tag);
        return Array.from({ length: Math.ceil(tags.length / TAGS_PER_REQUEST) }, (_, index) => ({
          tags: tags.slice(index * TAGS_PER_REQUEST, (index + 1) * TAGS_PER_REQUEST),
          immediate,
        }));
      })
      .map((request, index) => (index === 0 && stories.length ? { ...request, stories: stories.slice(0, EDGE_REFRESH_MAX_STORIES) } : request));

  const retryLater = () => {
    failures += 1;
    const delay = Math.min(retryDelaysMs.first * 2 ** (failures - 1), retryDelaysMs.max);
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void flush();
    }, delay);
    retryTimer.unref();
  };

  const sendPending = async () => {
    const entries = [...pending];
    const stories = [...pendingStories];
    pending.clear();
    pendingStories.clear();
    try {
      for (const request of batches(entries, stories)) await post(request);
      if (failures > 0) log.info(`Site revalidation: the site at ${url} answers again; stale pages refreshed.`);
      failures = 0;
    } catch (error) {
      for (const [tag, immediate] of entries) keep(tag, immediate);
      for (const story of stories) pendingStories.add(story);
      if (failures === 0) {
        log.warn(`Site revalidation failed (${String(error)}): the site at ${url} is unreachable; changes are saved and will reach it when it answers.`);
      }
      retryLater();
    }
  };

  /** One request at a time; what arrives meanwhile goes in the next one. */
  const flush = (): Promise<void> => {
    if (inFlight || retryTimer || pending.size === 0) return inFlight ?? Promise.resolve();
    inFlight = sendPending().finally(() => {
      inFlight = undefined;
      void flush();
    });
    return inFlight;
  };

  const stopRetrying = () => {
    clearTimeout(retryTimer);
    retryTimer = undefined;
  };

  return {
    notify(invalidations: Invalidation[]): void {
      for (const { tags, immediate, stories = [] } of invalidations) {
        for (const tag of tags) keep(tag, immediate);
        for (const story of stories) pendingStories.add(story);
      }
      // A new change is worth a try now rather than at the end of a long backoff: the site may
      // well be back (one failed call per change, never per reader).
      stopRetrying();
      void flush();
    },
    /** Tags not yet acknowledged by the site. */
    pendingTags: () => [...pending.keys()],
    /** On shutdown (a script's included): one last try for what the site has not heard yet. */
    async close() {
      await inFlight;
      stopRetrying();
      await flush();
      stopRetrying();
    },
  };
};

export type SiteNotifier = ReturnType<typeof createSiteNotifier>;
