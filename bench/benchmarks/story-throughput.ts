import { load, type LoadResult } from '../support/load';
import { infoRow, ratioRow, type Outcome } from '../support/report';
import { median, round } from '../support/stats';

const CONNECTIONS = 16;
const SECONDS = 10;
const ROUNDS = 5;

type Target = { name: 'story' | 'minimal' | 'asHeavy' | 'asHeavyRoute'; url: string };
const AFTER_RENDER_ROUNDS = 3;

const renderOnRequest = async (url: string) => {
  const response = await fetch(url);
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
};

/**
 * Both servers in the state a live site is always in: each renders one page on request (the
 * story's reply view; bench/baseline-next/app/rendered), then the three pages are loaded in turn.
 */
const afterOneRender = async (storyUrl: string, minimalUrl: string, targets: Target[]) => {
  await renderOnRequest(`${storyUrl}?replytocom=benchrender`);
  await renderOnRequest(`${minimalUrl}/rendered`);
  const runs: Record<Target['name'], LoadResult[]> = { story: [], minimal: [], asHeavy: [], asHeavyRoute: [] };
  for (let round = 0; round < AFTER_RENDER_ROUNDS; round += 1) {
    for (const { name, url } of targets) runs[name].push(await load({ url, connections: CONNECTIONS, duration: SECONDS }));
  }
  return {
    rps: (name: Target['name']) => round(median(runs[name].map((run) => run.rps)), 0),
    p99: (name: Target['name']) => median(runs[name].map((run) => run.p99)),
  };
};

/**
 * Goal 1: the cached story page served by `next start`, against the minimal Next page; and, to
 * show where the difference goes, the minimal page made as heavy as the story page
 * (bench/baseline-next/app/as-heavy: the bytes) and the same on the story's own route shape
 * (bench/baseline-next/app/news/[slug], prerendered: the bytes and the dynamic route). Loaded
 * one after the other, rotating (never at once), after a warm-up of each.
 */
export const storyThroughput = async (storyUrl: string, minimalUrl: string): Promise<Outcome> => {
  const targets: Target[] = [
    { name: 'story', url: storyUrl },
    { name: 'minimal', url: minimalUrl },
    { name: 'asHeavy', url: `${minimalUrl}/as-heavy` },
    { name: 'asHeavyRoute', url: `${minimalUrl}${new URL(storyUrl).pathname}` },
  ];
  const sizes: Record<string, number> = {};
  for (const { name, url } of targets) {
    const response = await fetch(url);
    sizes[name] = (await response.arrayBuffer()).byteLength;
    if (response.status !== 200) throw new Error(`${url} answered HTTP ${response.status}`);
    await load({ url, connections: CONNECTIONS, duration: 3 });
  }
  const runs: Record<Target['name'], LoadResult[]> = { story: [], minimal: [], asHeavy: [], asHeavyRoute: [] };
  for (let round = 0; round < ROUNDS; round += 1) {
    // Rotate which goes first, so none always follows the same one.
    for (const { name, url } of [...targets.slice(round % targets.length), ...targets.slice(0, round % targets.length)]) {
      runs[name].push(await load({ url, connections: CONNECTIONS, duration: SECONDS }));
    }
  }
  const afterRender = await afterOneRender(storyUrl, minimalUrl, targets);
  const rps = (name: Target['name']) => round(median(runs[name].map((run) => run.rps)), 0);
  const p99 = (name: Target['name']) => median(runs[name].map((run) => run.p99));
  const failures = Object.values(runs).flat().reduce((sum, run) => sum + run.non2xx + run.errors, 0);
  const common = `${CONNECTIONS} connections, ${ROUNDS}×${SECONDS} s each, median; HTML ${sizes.story} B vs ${sizes.minimal} B (no Accept-Encoding); ${failures} non-2xx/errors`;
  const list = (name: Target['name']) => runs[name].map((run) => `${round(run.rps, 0)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms`).join('; ');
  return {
    rows: [
      ratioRow({ goal: '1', figure: 'Story page throughput', unit: 'req/s', measured: rps('story'), baseline: rps('minimal'), op: '>=', limit: 0.9, notes: common }),
      ratioRow({ goal: '1', figure: 'Story page p99 latency', unit: 'ms', measured: p99('story'), baseline: p99('minimal'), op: '<=', limit: 1.5, notes: common }),
      infoRow({
        goal: '1', figure: 'Story page vs the minimal page, both after one on-request render', unit: 'req/s',
        measured: afterRender.rps('story'), baseline: afterRender.rps('minimal'),
        notes: `Node 20 runs AsyncLocalStorage's async hooks for every promise once a process has rendered one page on request (any ISR revalidation, any server action), and never stops; the minimal page never renders unless asked (p99 ${afterRender.p99('story')} vs ${afterRender.p99('minimal')} ms, ${AFTER_RENDER_ROUNDS}×${SECONDS} s each)`,
      }),
      infoRow({
        goal: '1', figure: 'Story page vs the as-heavy minimal page, both after one on-request render', unit: 'req/s',
        measured: afterRender.rps('story'), baseline: afterRender.rps('asHeavy'),
        notes: `what the story page costs beyond its bytes: 1 means nothing (p99 ${afterRender.p99('story')} vs ${afterRender.p99('asHeavy')} ms; the as-heavy page does ${round(afterRender.rps('asHeavy') / afterRender.rps('minimal'), 3)} × the minimal page here)`,
      }),
      infoRow({
        goal: '1', figure: 'Minimal page as heavy as the story page: throughput', unit: 'req/s', measured: rps('asHeavy'), baseline: rps('minimal'),
        notes: `what ${sizes.asHeavy} B of HTML alone cost the minimal page (p99 ${p99('asHeavy')} ms); the story page does ${round(rps('story') / rps('asHeavy'), 2)} × its requests per second`,
      }),
      infoRow({
        goal: '1', figure: "The as-heavy page on the story's route shape (/news/[slug], prerendered): throughput", unit: 'req/s', measured: rps('asHeavyRoute'), baseline: rps('asHeavy'),
        notes: `what a prerendered dynamic route costs Next beyond the same page on a static route, same server (p99 ${p99('asHeavyRoute')} ms); against the minimal page: ${round(rps('asHeavyRoute') / rps('minimal'), 3)} ×`,
      }),
      infoRow({
        goal: '1', figure: "Story page vs the as-heavy page on the story's route shape, both after one on-request render", unit: 'req/s',
        measured: afterRender.rps('story'), baseline: afterRender.rps('asHeavyRoute'),
        notes: `Next's floor for a cached page of this size on this route: 1 means the story page costs nothing more (p99 ${afterRender.p99('story')} vs ${afterRender.p99('asHeavyRoute')} ms). The site turns ETags off (next.config.ts) and the baseline keeps Next's default, which hashes every response`,
      }),
    ],
    details: { 'Goal 1: every run': `- story page: ${list('story')}\n- minimal page: ${list('minimal')}\n- minimal page as heavy as the story page: ${list('asHeavy')}\n- the same on the story's route shape: ${list('asHeavyRoute')}` },
  };
};
