import { wrk } from '../support/wrk';
import { infoRow, ratioRow, type Outcome } from '../support/report';
import { median, percentile, round } from '../support/stats';

const SEQUENTIAL = 200;
const CONNECTIONS = 10;
const SECONDS = 5;
const ROUNDS = 3;

/** Our endpoint, and Strapi's default `find` asked the same thing as a naive app would. */
export const commentUrls = (cmsUrl: string, article: string) => ({
  ours: `${cmsUrl}/api/comments?article=${article}`,
  naive:
    `${cmsUrl}/api/comments-default?filters[article][$eq]=${article}&filters[moderationStatus][$eq]=approved` +
    '&sort=createdAt:asc&pagination[pageSize]=20',
});

/** One request's latency in ms (the body read in full). */
export const timeRequest = async (url: string): Promise<number> => {
  const started = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return performance.now() - started;
};

/**
 * Goal 4: the comments API against Strapi's default controller, same process, same database:
 * unloaded latency (sequential requests, interleaved) and requests per second at 10 connections
 * (alternating runs).
 */
export const commentsApi = async (cmsUrl: string, article: string): Promise<Outcome> => {
  const names = ['ours', 'naive', 'floor'] as const;
  // The least any Strapi request costs here: its health check, through the same middlewares.
  const urls = { ...commentUrls(cmsUrl, article), floor: `${cmsUrl}/_health` };
  const latencies = { ours: [] as number[], naive: [] as number[], floor: [] as number[] };
  for (let i = 0; i < 50; i += 1) for (const name of names) await timeRequest(urls[name]);
  for (let i = 0; i < SEQUENTIAL; i += 1) for (const name of names) latencies[name].push(await timeRequest(urls[name]));

  const loaded = ['ours', 'naive'] as const;
  for (const name of loaded) await wrk({ url: urls[name], connections: CONNECTIONS, duration: 2 });
  const rps = { ours: [] as number[], naive: [] as number[] };
  let failures = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const name of round % 2 ? [...loaded].reverse() : loaded) {
      const result = await wrk({ url: urls[name], connections: CONNECTIONS, duration: SECONDS });
      rps[name].push(result.rps);
      failures += result.non2xx + result.errors;
    }
  }
  const p50 = (name: (typeof names)[number]) => round(median(latencies[name]), 2);
  const p99 = (name: (typeof names)[number]) => round(percentile(latencies[name], 99), 2);
  const sizes = await Promise.all(loaded.map(async (name) => (await (await fetch(urls[name])).arrayBuffer()).byteLength));
  return {
    rows: [
      ratioRow({
        goal: '4', figure: 'Comments API, unloaded p50', unit: 'ms', measured: p50('ours'), baseline: p50('naive'), op: '<=', limit: 0.4,
        notes: `${SEQUENTIAL} sequential requests each, interleaved, after 50 warm-up; p99 ${p99('ours')} vs ${p99('naive')} ms; responses ${sizes[0]} B vs ${sizes[1]} B`,
      }),
      infoRow({
        goal: '4', figure: "Strapi's floor: GET /_health, unloaded p50", unit: 'ms', measured: p50('floor'), baseline: p50('naive'),
        notes: 'interleaved with the two above: what any request costs here (Koa middlewares, logger), for comparison',
      }),
      ratioRow({
        goal: '4', figure: 'Comments API throughput', unit: 'req/s', measured: round(median(rps.ours), 0), baseline: round(median(rps.naive), 0), op: '>=', limit: 2.5,
        notes: `wrk, ${CONNECTIONS} connections, ${ROUNDS}×${SECONDS} s each alternating, median; ${failures} non-2xx/errors`,
      }),
    ],
  };
};
