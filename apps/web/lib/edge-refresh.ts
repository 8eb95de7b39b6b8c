import 'server-only';
import http from 'node:http';
import https from 'node:https';
import { EDGE_REFRESH_HEADER } from '@derna/contracts';
import { env } from './env';
import { articlePath } from './story-paths';

const TIMEOUT_MS = 5000;
/** Pages refreshed at a time: a bulk change (up to 50 stories) must not land as 100 renders at once. */
const PAGES_AT_A_TIME = 4;
/** The edge keeps one copy per encoding it serves (deploy/edge/nginx.conf.template, `ae=`). */
const ENCODINGS = ['gzip', 'identity'] as const;

let failing = false;

/** One page through the edge with the refresh header: nginx skips its copy, renders, stores the answer. */
const refreshOne = (edge: URL, path: string, encoding: string, secret: string) =>
  new Promise<number>((resolve, reject) => {
    const request = (edge.protocol === 'https:' ? https : http).get(
      new URL(path, edge),
      {
        // The edge keys its copies by the Host readers send: the site's public address.
        headers: { Host: new URL(env.SITE_URL).host, 'Accept-Encoding': encoding, [EDGE_REFRESH_HEADER]: secret },
        timeout: TIMEOUT_MS,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    request.on('error', reject);
  });

/**
 * Replaces the edge's copies of these story pages with fresh renders, so that a change reaches
 * readers in one render instead of when the copies expire (EDGE_URL unset: no edge, nothing to
 * do). Call it once the pages' tags are revalidated. A failure is logged once per outage: the
 * copies then simply expire.
 */
export async function refreshStoriesAtEdge(slugs: readonly string[]): Promise<void> {
  const secret = env.REVALIDATE_SECRET;
  if (!env.EDGE_URL || !secret || slugs.length === 0) return;
  const edge = new URL(env.EDGE_URL);
  const results: PromiseSettledResult<number>[] = [];
  for (let first = 0; first < slugs.length; first += PAGES_AT_A_TIME) {
    const pages = slugs.slice(first, first + PAGES_AT_A_TIME).map(articlePath);
    results.push(...(await Promise.allSettled(pages.flatMap((path) => ENCODINGS.map((encoding) => refreshOne(edge, path, encoding, secret))))));
  }
  const failed = results.find((result) => result.status === 'rejected');
  if (failed && !failing) console.warn(`Edge refresh failed (${String(failed.reason)}): pages at the edge expire on their own.`);
  failing = Boolean(failed);
}
