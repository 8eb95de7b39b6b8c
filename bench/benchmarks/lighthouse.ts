import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runManaged } from '@derna/testkit';
import { infoRow, valueRow, type Outcome, type Row } from '../support/report';
import { median, round } from '../support/stats';

const RUNS = 5;
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const benchDir = path.resolve(__dirname, '..');

type Lhr = {
  categories: Record<(typeof CATEGORIES)[number], { score: number; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { score: number | null; numericValue?: number; title: string; details?: { items?: Array<{ url?: string; resourceType?: string } & Record<string, unknown>> } }>;
};
export type Run = {
  scores: Record<(typeof CATEGORIES)[number], number>;
  cls: number;
  fonts: string[];
  misses: string[];
  metrics: Record<string, number>;
  /** The first frame reached the screen long after the page had loaded: see `HELD_BACK_MS`. */
  heldBack: boolean;
};

const METRICS = { FCP: 'first-contentful-paint', LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', SI: 'speed-index' };

/**
 * Headless Chromium sometimes stops offering frames to a busy page during its load (viz's
 * "ThrottleUnresponsiveClient"; GoogleChrome/lighthouse#17148): the first frame then reaches the
 * screen about 1 or 2 s late, with the page loaded and the main thread idle. Lighthouse's simulation
 * then counts every script that ran before that late paint as needed for it, and LCP doubles. A run
 * whose first paint came this long after the load event is counted as held back.
 */
const HELD_BACK_MS = 500;

/** One Lighthouse run in a fresh headless Chromium (Debian's); mobile is Lighthouse's default. */
export const lighthouse = async (url: string, preset: 'mobile' | 'desktop'): Promise<Run> => {
  const output = path.join(os.tmpdir(), `derna-lighthouse-${process.pid}-${preset}.json`);
  const args = [url, '--quiet', '--output=json', `--output-path=${output}`, `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROME_FLAGS}`];
  await runManaged(path.join(benchDir, 'node_modules', '.bin', 'lighthouse'), preset === 'desktop' ? [...args, '--preset=desktop'] : args, {
    cwd: benchDir,
    env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
  });
  const lhr = JSON.parse(fs.readFileSync(output, 'utf8')) as Lhr;
  // DERNA_LIGHTHOUSE_KEEP=<dir> keeps every report, to read its audits (LCP element, filmstrip, scripts).
  const keep = process.env.DERNA_LIGHTHOUSE_KEEP;
  if (keep) fs.copyFileSync(output, path.join(keep, `${new URL(url).pathname.replace(/\W+/g, '_')}-${preset}-${Date.now()}.json`));
  fs.rmSync(output, { force: true });
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, Math.round(lhr.categories[id].score * 100)])) as Run['scores'];
  // Audits that cost points, to say why a score is below 100.
  const misses = CATEGORIES.flatMap((id) =>
    lhr.categories[id].auditRefs.filter(({ id: audit, weight }) => weight > 0 && (lhr.audits[audit]?.score ?? 1) < 1).map(({ id: audit }) => `${id}: ${audit}`),
  );
  const fonts = (lhr.audits['network-requests']?.details?.items ?? []).filter(({ resourceType }) => resourceType === 'Font').map(({ url: font }) => font ?? '');
  const metrics = Object.fromEntries(Object.entries(METRICS).map(([name, audit]) => [name, lhr.audits[audit]?.numericValue ?? Number.NaN]));
  const observed = lhr.audits.metrics?.details?.items?.[0] ?? {};
  const heldBack = Number(observed.observedFirstPaint) - Number(observed.observedLoad) >= HELD_BACK_MS;
  return { scores, cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN, fonts, misses, metrics, heldBack };
};

export const metricMedians = (runs: Run[]) =>
  Object.keys(METRICS).map((name) => `${name} ${Math.round(median(runs.map((run) => run.metrics[name] ?? Number.NaN)))} ms`).join(', ');

/**
 * Goal 7: Lighthouse on the story page, median of five runs, mobile and desktop alternating; and
 * the minimal Next page on mobile, to show what this machine allows.
 */
export const lighthouseScores = async (storyUrl: string, minimalUrl: string): Promise<Outcome> => {
  const runs: Record<'mobile' | 'desktop' | 'minimal', Run[]> = { mobile: [], desktop: [], minimal: [] };
  for (let i = 0; i < RUNS; i += 1) {
    for (const preset of ['mobile', 'desktop'] as const) runs[preset].push(await lighthouse(storyUrl, preset));
    runs.minimal.push(await lighthouse(minimalUrl, 'mobile'));
  }

  const score = (preset: 'mobile' | 'desktop' | 'minimal', category: (typeof CATEGORIES)[number]) => median(runs[preset].map((run) => run.scores[category]));
  const misses = (preset: 'mobile' | 'desktop') => [...new Set(runs[preset].flatMap((run) => run.misses))].join(', ') || 'none';
  const both = (category: (typeof CATEGORIES)[number]) => Math.min(score('mobile', category), score('desktop', category));
  const perRun = (preset: 'mobile' | 'desktop' | 'minimal', category: (typeof CATEGORIES)[number]) => runs[preset].map((run) => run.scores[category]).join(', ');
  const cls = Math.max(...[...runs.mobile, ...runs.desktop].map((run) => run.cls));
  const fonts = [...new Set([...runs.mobile, ...runs.desktop].flatMap((run) => run.fonts))];
  const mobile = valueRow({ goal: '7', figure: 'Lighthouse mobile Performance', unit: '', measured: score('mobile', 'performance'), op: '>=', limit: 98 });
  const heldBack = (preset: 'mobile' | 'minimal') => runs[preset].filter((run) => run.heldBack).length;
  const unheld = (preset: 'mobile' | 'minimal') => runs[preset].filter((run) => !run.heldBack).map((run) => run.scores.performance);
  const rows: Row[] = [
    {
      ...mobile,
      baseline: score('minimal', 'performance'),
      ratio: round(score('mobile', 'performance') / score('minimal', 'performance'), 3),
      notes:
        `runs: ${perRun('mobile', 'performance')} (${metricMedians(runs.mobile)}); baseline: the minimal Next page, mobile: ${perRun('minimal', 'performance')} (${metricMedians(runs.minimal)}). ` +
        `First frame held back (on screen ${HELD_BACK_MS} ms or more after the load event, main thread idle: headless Chromium's frame throttling, GoogleChrome/lighthouse#17148) in ${heldBack('mobile')} of ${RUNS} story runs and ${heldBack('minimal')} of ${RUNS} minimal-page runs`,
    },
    ...(unheld('mobile').length
      ? [
          infoRow({
            goal: '7',
            figure: 'Lighthouse mobile Performance, runs whose first frame was not held back',
            unit: '',
            measured: median(unheld('mobile')),
            ...(unheld('minimal').length ? { baseline: median(unheld('minimal')) } : {}),
            notes: `story page: ${unheld('mobile').join(', ')}; minimal page: ${unheld('minimal').join(', ') || 'none'}`,
          }),
        ]
      : []),
    valueRow({ goal: '7', figure: 'Lighthouse desktop Performance', unit: '', measured: score('desktop', 'performance'), op: '>=', limit: 100, notes: `runs: ${perRun('desktop', 'performance')} (${metricMedians(runs.desktop)})` }),
    ...(['accessibility', 'best-practices', 'seo'] as const).map((category) =>
      valueRow({ goal: '7', figure: `Lighthouse ${category}`, unit: '', measured: both(category), op: '>=', limit: 100, notes: `lower of the mobile and desktop medians (${score('mobile', category)}, ${score('desktop', category)})` }),
    ),
    valueRow({ goal: '7', figure: 'Cumulative Layout Shift', unit: '', measured: Number(cls.toFixed(4)), op: '<=', limit: 0.01, notes: 'worst of all runs' }),
    valueRow({ goal: '7', figure: 'Web fonts fetched', unit: '', measured: fonts.length, op: '<=', limit: 0, notes: fonts.join(', ') || 'none: system fonts only' }),
  ];
  return { rows, details: { 'Goal 7: audits that cost points': `- mobile: ${misses('mobile')}\n- desktop: ${misses('desktop')}` } };
};
