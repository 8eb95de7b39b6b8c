import type { LoadResult } from '../../support/load';
import { wrk } from '../../support/wrk';
import { infoRow, ratioRow, type Outcome } from '../../support/report';
import { median, round } from '../../support/stats';
import type { SiteStack } from '../../support/stack';
import { listPageUrls } from './addresses';

const CONNECTIONS = 16;
const SECONDS = 5;
const ROUNDS = 4;

type Name = 'front' | 'minimal' | 'section' | 'minimalAtAddress';

const fetchOk = async (url: string) => {
  const response = await fetch(url);
  const bytes = (await response.arrayBuffer()).byteLength;
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
  return bytes;
};

/**
 * Issue 18: the cached front page and a section page against the minimal Next page at the same
 * address shape: `/` against the minimal `/` (both prerendered), `/section/<slug>` against
 * `/minimal/<slug>` (bench/baseline-next: a dynamic segment, rendered on its first request,
 * then served from the cache and revalidated hourly, like a section page). Runs after goal 1,
 * so both servers have rendered on request (Node 20's async hooks on, as on a live site): the
 * minimal server renders `/rendered` first. Four pages in rotating rounds, as goal 1 does.
 */
export const listThroughput = async (site: SiteStack, minimalUrl: string): Promise<Outcome> => {
  const { section, urls } = await listPageUrls(site);
  await fetchOk(`${minimalUrl}/rendered`);
  const targets: Array<{ name: Name; url: string }> = [
    { name: 'front', url: urls.front },
    { name: 'minimal', url: `${minimalUrl}/` },
    { name: 'section', url: urls.section },
    { name: 'minimalAtAddress', url: `${minimalUrl}/minimal/${section}` },
  ];
  const sizes: Partial<Record<Name, number>> = {};
  for (const { name, url } of targets) {
    sizes[name] = await fetchOk(url);
    await wrk({ url, connections: CONNECTIONS, duration: 3 });
  }
  const runs: Record<Name, LoadResult[]> = { front: [], minimal: [], section: [], minimalAtAddress: [] };
  for (let turn = 0; turn < ROUNDS; turn += 1) {
    const shift = turn % targets.length;
    for (const { name, url } of [...targets.slice(shift), ...targets.slice(0, shift)]) runs[name].push(await wrk({ url, connections: CONNECTIONS, duration: SECONDS }));
  }
  const rps = (name: Name) => round(median(runs[name].map((run) => run.rps)), 0);
  const p99 = (name: Name) => round(median(runs[name].map((run) => run.p99)), 2);
  const failures = Object.values(runs).flat().reduce((sum, run) => sum + run.non2xx + run.errors, 0);
  const list = (name: Name) => runs[name].map((run) => `${round(run.rps, 0)} req/s, p99 ${run.p99} ms`).join('; ');
  const common = `both servers after an on-request render; wrk, ${CONNECTIONS} connections, ${ROUNDS}×${SECONDS} s each in turns, median; ${failures} non-2xx/errors`;
  const floor = round(rps('minimalAtAddress') / rps('minimal'), 3);
  return {
    rows: [
      ratioRow({
        goal: '18', figure: 'Front page throughput against the minimal page (/ against /)', unit: 'req/s', measured: rps('front'), baseline: rps('minimal'), op: '>=', limit: 0.9,
        notes: `${common}; HTML ${sizes.front} B vs ${sizes.minimal} B; p99 ${p99('front')} vs ${p99('minimal')} ms`,
      }),
      ratioRow({
        goal: '18', figure: 'Section page throughput against the minimal page at its address shape (/section/[slug] against /minimal/[slug])', unit: 'req/s',
        measured: rps('section'), baseline: rps('minimalAtAddress'), op: '>=', limit: 0.9,
        notes: `${common}; HTML ${sizes.section} B vs ${sizes.minimalAtAddress} B; p99 ${p99('section')} vs ${p99('minimalAtAddress')} ms; against the minimal page at /: ${round(rps('section') / rps('minimal'), 3)} ×`,
      }),
      infoRow({
        goal: '18', figure: "Next's floor at the section's address: the minimal page at /minimal/[slug] against itself at /", unit: 'req/s',
        measured: rps('minimalAtAddress'), baseline: rps('minimal'),
        notes: `the same page at a dynamic address revalidated hourly: what the address alone costs (as for goal 1). Below 0.9, a section page cannot reach 0.9 × the minimal page at / (${floor} ×)`,
      }),
    ],
    details: {
      'Goal 18: list page throughput, every run': (['front', 'minimal', 'section', 'minimalAtAddress'] as const).map((name) => `- ${name}: ${list(name)}`).join('\n'),
    },
  };
};
