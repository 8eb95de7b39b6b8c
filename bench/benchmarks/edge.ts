import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { requestFrom, startCluster, type Cluster } from '@derna/testkit';
import { processGroupOf, sampleRss } from '../support/processes';
import { ratioRow, valueRow, type Outcome, type Row } from '../support/report';
import { startStaticNginx } from '../support/static-nginx';
import { median, percentile, round, sleep } from '../support/stats';
import { wrk } from '../support/wrk';
import type { LoadResult } from '../support/load';

const DERNA = '/news/libya-haftars-army-in-control-of-derna';
const CONNECTIONS = 64;
const SECONDS = 5;
const ROUNDS = 4;
const SPIKE_CONNECTIONS = 512;
const SPIKE_SECONDS = Number(process.env.BENCH_SPIKE_SECONDS ?? 30);
const APPROVALS = 10;

/** The edge against nginx serving the same bytes from a file, in turns. */
const edgeAgainstFile = async (cluster: Cluster): Promise<Row[]> => {
  const edgeUrl = `${cluster.edgeUrl}${DERNA}`;
  const body = Buffer.from((await requestFrom('127.0.0.1', edgeUrl)).body);
  const file = await startStaticNginx(body);
  try {
    const runs: Record<'edge' | 'file', LoadResult[]> = { edge: [], file: [] };
    await wrk({ url: edgeUrl, connections: CONNECTIONS, duration: 2 });
    for (let i = 0; i < ROUNDS; i += 1) {
      const order: Array<'edge' | 'file'> = i % 2 ? ['file', 'edge'] : ['edge', 'file'];
      for (const name of order) runs[name].push(await wrk({ url: name === 'edge' ? edgeUrl : file.url, connections: CONNECTIONS, duration: SECONDS }));
    }
    const rps = (name: 'edge' | 'file') => round(median(runs[name].map((run) => run.rps)), 0);
    const p99 = (name: 'edge' | 'file') => round(median(runs[name].map((run) => run.p99)), 2);
    const failures = [...runs.edge, ...runs.file].reduce((sum, run) => sum + run.non2xx + run.errors, 0);
    const notes = `wrk, ${CONNECTIONS} connections, ${ROUNDS}×${SECONDS} s each in turns, median; the same ${body.length} B (no Accept-Encoding); ${failures} non-2xx/errors`;
    return [
      ratioRow({ goal: '9', figure: 'Story page through the edge vs nginx serving the same bytes from a file (req/s)', unit: 'req/s', measured: rps('edge'), baseline: rps('file'), op: '>=', limit: 0.9, notes }),
      ratioRow({ goal: '9', figure: 'Story page through the edge vs the file: p99 latency', unit: 'ms', measured: p99('edge'), baseline: p99('file'), op: '<=', limit: 1.5, notes }),
    ];
  } finally {
    await file.stop();
  }
};

/** Requests that reached a replica (foreground or background refresh), per URL per second. */
const originFetchesPerSecond = (log: string, fromMs: number, uri: string) => {
  const perSecond = new Map<number, number>();
  for (const line of fs.readFileSync(log, 'utf8').split('\n')) {
    const [msec, upstream, , , requestUri] = line.split(' ');
    if (!msec || upstream === '-' || requestUri !== uri || Number(msec) * 1000 < fromMs) continue;
    const second = Math.floor(Number(msec));
    perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
  }
  return Math.max(0, ...perSecond.values());
};

/** A spike through the edge, the cluster's memory sampled meanwhile. */
const spike = async (cluster: Cluster, accessLog: string): Promise<Row[]> => {
  const { pids } = cluster.state();
  const groups = Object.fromEntries(Object.entries(pids).map(([name, pid]) => [name, processGroupOf(pid)]));
  const stop = sampleRss(groups, 250);
  const started = Date.now();
  const result = await wrk({ url: `${cluster.edgeUrl}${DERNA}`, connections: SPIKE_CONNECTIONS, duration: SPIKE_SECONDS });
  const peak = stop();
  const total = Object.values(peak).reduce((sum, mb) => sum + mb, 0);
  const renders = originFetchesPerSecond(accessLog, started, DERNA);
  const each = Object.entries(peak).map(([name, mb]) => `${name} ${round(mb, 0)}`).join(', ');
  return [
    valueRow({ goal: '9', figure: `Spike through the edge: ${SPIKE_CONNECTIONS} connections for ${SPIKE_SECONDS} s, failed requests`, unit: '', measured: result.non2xx + result.errors, op: '<=', limit: 0, notes: `${result.requests} requests, ${round(result.rps, 0)} req/s, p99 ${result.p99} ms` }),
    valueRow({ goal: '9', figure: 'Spike: origin fetches of the story page per second (most in any second)', unit: '', measured: renders, op: '<=', limit: 1, notes: 'from the edge access log: requests and background refreshes passed to a replica' }),
    valueRow({ goal: '9', figure: 'Resident memory of the whole cluster (edge + 2 site + 2 CMS) under the spike', unit: 'MB', measured: round(total, 0), op: '<=', limit: 1200, notes: `peak of each process tree, summed: ${each} MB` }),
  ];
};

/** Approve a comment, then wait until the edge and every replica show it. */
const approveToVisible = async (cluster: Cluster): Promise<Row> => {
  const page = (await requestFrom('127.0.0.1', `${cluster.edgeUrl}${DERNA}`)).body;
  const article = page.match(/name="article" value="([a-z0-9]+)"/)?.[1] ?? '';
  const delays: number[] = [];
  for (let i = 0; i < APPROVALS; i += 1) {
    const text = `Bench approval ${i} ${Date.now()}`;
    const posted = await requestFrom(`127.0.9.${i + 1}`, `${cluster.edgeUrl}/api/comments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ article, authorName: 'Bench', authorEmail: `bench-${i}-${Date.now()}@example.com`, body: text }),
    });
    if (posted.status !== 201) throw new Error(`comment refused: HTTP ${posted.status} ${posted.body}`);
    const { comment } = JSON.parse(posted.body);
    const approved = Date.now();
    await cluster.moderator.request('POST', '/moderation/comments/status', { documentIds: [comment.id], status: 'approved' });
    const seen = await Promise.all(
      [cluster.edgeUrl, ...cluster.webUrls].map(async (url) => {
        while (!(await requestFrom('127.0.0.1', `${url}${DERNA}`)).body.includes(text)) {
          if (Date.now() - approved > 30_000) throw new Error(`approval not visible on ${url} after 30 s`);
          await sleep(50);
        }
        return Date.now() - approved;
      }),
    );
    delays.push(Math.max(...seen));
  }
  return valueRow({ goal: '9', figure: 'Approve → visible through the edge and on every site replica, p95', unit: 'ms', measured: percentile(delays, 95), op: '<=', limit: 2000, notes: `${APPROVALS} approvals, the slowest of edge and replicas each: ${delays.join(', ')} ms` });
};

/** Goal 9 (issue 20): the production topology, `pnpm start:cluster`, under load. */
export const edgeBenchmarks = async (): Promise<Outcome> => {
  const accessLog = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'derna-bench-edge-')), 'access.log');
  const cluster = await startCluster({ edgeAccessLog: accessLog });
  try {
    const rows = [...(await edgeAgainstFile(cluster)), ...(await spike(cluster, accessLog)), await approveToVisible(cluster)];
    return { rows };
  } finally {
    await cluster.stop();
    fs.rmSync(path.dirname(accessLog), { recursive: true, force: true });
  }
};
