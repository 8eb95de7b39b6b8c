import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appBin, cmsDir, repoRoot, runManaged, startCms, testSecrets } from '@derna/testkit';
import { startBaselineNext } from './support/baseline-next';
import { errorRow, writeReport, type Outcome, type Row } from './support/report';
import { articleIdOf, RELAXED_LIMITS, startSiteStack } from './support/stack';
import { waitForQuietMachine } from './support/quiet';
import { round } from './support/stats';
import { javascriptWeight } from './benchmarks/js-weight';
import { storyThroughput } from './benchmarks/story-throughput';
import { cmsRequestsPerReader } from './benchmarks/cms-requests';
import { lighthouseScores } from './benchmarks/lighthouse';
import { submissions } from './benchmarks/submissions';
import { moderationPaths } from './benchmarks/moderation-paths';
import { memoryUnderLoad } from './benchmarks/memory';
import { commentsApi } from './benchmarks/comments-api';
import { sqlPerRequest, type CapturedSql } from './benchmarks/sql-per-request';
import { dataGrowth, seedSmall } from './benchmarks/data-growth';
import { edgeBenchmarks } from './benchmarks/edge';
import { browseScale } from './benchmarks/browse-scale';
import { listThroughput } from './benchmarks/list-pages/throughput';
import { frontPageCmsRequests } from './benchmarks/list-pages/cms-requests';
import { listLighthouse } from './benchmarks/list-pages/lighthouse';
import { listFreshness } from './benchmarks/list-pages/freshness';

/**
 * `pnpm bench -- --only 4,5` runs only those goals (while working on them) and writes
 * results/partial.{md,json}; a full run writes results/latest.{md,json}.
 */
const only = (() => {
  const index = process.argv.indexOf('--only');
  return index === -1 ? null : new Set((process.argv[index + 1] ?? '').split(',').map((goal) => goal.trim()));
})();
const wanted = (goal: string) => !only || only.has(goal);

/** The whole run stops itself after this long, whatever happens. */
const DEADLINE_MS = 30 * 60_000;
const started = Date.now();
const rows: Row[] = [];
const details: Record<string, string> = {};
const cleanups: Array<() => Promise<void>> = [];
/** How busy the CPUs were just before each benchmark (after waiting up to 20 s for other work to end). */
const machineLoad: string[] = [];

const log = (message: string) => process.stdout.write(`[bench ${round((Date.now() - started) / 1000, 0)} s] ${message}\n`);

/** Runs one benchmark; a failure becomes a row saying so, and the others still run. */
const bench = async <T extends Outcome>(goal: string, name: string, action: () => Promise<T>): Promise<T | undefined> => {
  if (!wanted(goal)) return undefined;
  const { busy, busiest } = await waitForQuietMachine();
  const load = `${round(busy * 100, 0)} % busy${busiest.length ? `: ${busiest.join('; ')}` : ''}`;
  machineLoad.push(`- goal ${goal}, ${name}: ${load}`);
  log(`goal ${goal}: ${name} (CPU ${load})`);
  try {
    const outcome = await action();
    rows.push(...outcome.rows);
    Object.assign(details, outcome.details);
    return outcome;
  } catch (error) {
    log(`goal ${goal} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    rows.push(errorRow(goal, name, error));
    return undefined;
  }
};

/** The commit measured, and whether the tree differed from it (the results themselves aside). */
const commitMeasured = () => {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
  const changed = git('status', '--porcelain', '--', '.', ':(exclude)bench/results');
  return `${git('rev-parse', '--short', 'HEAD')}${changed ? ' with uncommitted changes' : ''}`;
};

const environment = () => ({
  date: new Date().toISOString(),
  commit: commitMeasured(),
  machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${round(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}`,
  'load average at the end (1/5/15 min; other work on the machine skews figures)': os.loadavg().map((n) => round(n, 2)).join(' / '),
  'total run time': `${round((Date.now() - started) / 60_000, 1)} min`,
});

/** The site and the minimal page: goals 1, 2, 3, 6, 7, 8, issue 19's moderation paths and issue 18's list pages. */
const siteBenchmarks = async () => {
  if (!['1', '2', '3', '6', '7', '8', '19', '18-pages'].some(wanted)) return;
  const minimal = await startBaselineNext();
  cleanups.push(minimal.stop);
  log('building the site and starting Strapi');
  const site = await startSiteStack();
  cleanups.push(site.stop);
  // First: goal 1 needs both servers before any on-request render (benchmarks/story-throughput.ts).
  await bench('1', 'story page throughput', () => storyThroughput(site.storyUrl, minimal.url));
  await bench('3', 'JavaScript weight', () => javascriptWeight(site, minimal.url));
  await bench('2', 'CMS requests per reader', () => cmsRequestsPerReader(site));
  await bench('7', 'Lighthouse', () => lighthouseScores(site.storyUrl, minimal.url));
  await bench('6', 'comment submissions', () => submissions(site));
  await bench('19', 'moderation paths', () => moderationPaths(site));
  await bench('8', 'memory under load', () => memoryUnderLoad(site, minimal));
  // Issue 18's list pages (rows of goal 18; `--only 18-pages` runs them alone).
  await bench('18-pages', 'list pages: throughput', () => listThroughput(site, minimal.url));
  await bench('18-pages', 'list pages: CMS requests per reader', () => frontPageCmsRequests(site));
  await bench('18-pages', 'list pages: Lighthouse', () => listLighthouse(site));
  // Last: it publishes and deletes stories of the seeded story's section.
  await bench('18-pages', 'list pages: freshness', () => listFreshness(site));
  await site.stop();
  await minimal.stop();
};

/** Strapi alone on its own database, the story's comments seeded: goals 4 and 5. */
const apiBenchmarks = async () => {
  if (!['4', '5'].some(wanted)) return;
  const env = { BENCH_BASELINE_ROUTES: 'true', ...RELAXED_LIMITS };
  const cms = await startCms({ env });
  cleanups.push(cms.destroy);
  const article = await articleIdOf(cms.url);
  await cms.stop();
  seedSmall(cms, article);
  await cms.restart();
  await bench('4', 'comments API against Strapi\'s default controller', () => commentsApi(cms.url, article));
  const captured = await bench('4', 'SQL per request', async () => {
    await cms.stop();
    // The same secrets as the running CMS: same database, same keys.
    const secrets = Object.fromEntries(Object.keys(testSecrets()).map((name) => [name, cms.env[name] ?? '']));
    try {
      return await sqlPerRequest(cms.database, { ...env, ...secrets }, article);
    } finally {
      await cms.restart();
    }
  });
  const sql: CapturedSql = captured?.sql ?? { comments: [], articleBySlug: [] };
  await bench('5', 'cost as data grows', () => dataGrowth(cms, article, sql));
  await cms.destroy();
};

/** Issue 20's production topology: `pnpm start:cluster` (nginx edge, replicas) on PostgreSQL: goal 9. */
const clusterBenchmarks = async () => {
  await bench('9', 'the edge and the replicas (start:cluster)', edgeBenchmarks);
};

/** Moderator notifications the run's comments wrote to the CMS's outbox (no SMTP in a bench). */
const removeOutboxMail = () => {
  const outbox = path.join(cmsDir, '.tmp', 'mail');
  if (!fs.existsSync(outbox)) return;
  for (const file of fs.readdirSync(outbox)) {
    const full = path.join(outbox, file);
    if (fs.statSync(full).mtimeMs >= started) fs.rmSync(full, { force: true });
  }
};

const finish = async (code: number) => {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  removeOutboxMail();
  details['Machine load before each benchmark'] = `CPU busy over 1 s, whole machine, our servers idle:\n\n${machineLoad.join('\n')}`;
  const name = only ? 'partial' : 'latest';
  writeReport({ environment: { ...environment(), ...(only ? { goals: [...only].join(', ') } : {}) }, rows, details }, name);
  log(`wrote bench/results/${name}.md and ${name}.json: ${rows.filter((row) => row.pass === false).length} goal(s) not met`);
  process.exit(code);
};

const main = async () => {
  const watchdog = setTimeout(() => {
    log(`over ${DEADLINE_MS / 60_000} min: stopping`);
    rows.push(errorRow('—', 'the run', `stopped after ${DEADLINE_MS / 60_000} min`));
    void finish(1);
  }, DEADLINE_MS);
  process.once('SIGINT', () => void finish(130));
  log('compiling the CMS (build:server)');
  await runManaged(appBin(cmsDir, 'tsc'), ['-p', 'tsconfig.json'], { cwd: cmsDir, env: process.env });
  await siteBenchmarks();
  await apiBenchmarks();
  await clusterBenchmarks();
  // Issue 18: lists and search at 10,000 stories, on PostgreSQL.
  await bench('18', 'browsing and search at scale', browseScale);
  clearTimeout(watchdog);
  await finish(0);
};

main().catch(async (error: unknown) => {
  log(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  rows.push(errorRow('—', 'the run', error));
  await finish(1);
});
