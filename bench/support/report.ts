import fs from 'node:fs';
import path from 'node:path';
import { round } from './stats';

export type Row = {
  /** The goal's number in the issue, e.g. "1". */
  goal: string;
  figure: string;
  unit: string;
  measured: number | null;
  baseline: number | null;
  ratio: number | null;
  /** What must hold, e.g. "ratio ≥ 0.9" or "≤ 2". */
  target: string;
  pass: boolean | null;
  notes: string;
};

type Base = { goal: string; figure: string; unit: string; measured: number; notes?: string };
const holds = (value: number, op: '>=' | '<=', limit: number) => (op === '>=' ? value >= limit : value <= limit);
const sign = (op: '>=' | '<=') => (op === '>=' ? '≥' : '≤');

/** A figure judged against a baseline measured in the same run. */
export const ratioRow = ({ baseline, op, limit, ...base }: Base & { baseline: number; op: '>=' | '<='; limit: number }): Row => {
  const ratio = base.measured / baseline;
  return { ...base, notes: base.notes ?? '', baseline, ratio: round(ratio, 3), target: `ratio ${sign(op)} ${limit}`, pass: holds(ratio, op, limit) };
};

/** A figure judged on its own. */
export const valueRow = ({ op, limit, ...base }: Base & { op: '>=' | '<='; limit: number }): Row => ({
  ...base, notes: base.notes ?? '', baseline: null, ratio: null, target: `${sign(op)} ${limit}`, pass: holds(base.measured, op, limit),
});

/** A figure reported for information (no goal of its own). */
export const infoRow = (base: Base & { baseline?: number }): Row => ({
  ...base, notes: base.notes ?? '', baseline: base.baseline ?? null, ratio: base.baseline ? round(base.measured / base.baseline, 3) : null, target: '—', pass: null,
});

/** A benchmark that could not run: the table says so instead of leaving a gap. */
export const errorRow = (goal: string, figure: string, error: unknown): Row => ({
  goal, figure, unit: '', measured: null, baseline: null, ratio: null, target: '', pass: false,
  notes: `did not run: ${String(error instanceof Error ? error.message : error).split('\n')[0]}`,
});

export type Report = { environment: Record<string, string | number>; rows: Row[]; details: Record<string, string> };

const cell = (value: number | null, unit = '') => (value === null ? '' : `${value.toLocaleString('en-US')}${unit ? ` ${unit}` : ''}`);
const escape = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export const toMarkdown = ({ environment, rows, details }: Report): string => {
  const verdict = (pass: boolean | null) => (pass === null ? 'info' : pass ? '**pass**' : '**FAIL**');
  const table = rows.map((r) =>
    `| ${r.goal} | ${escape(r.figure)} | ${cell(r.measured, r.unit)} | ${cell(r.baseline, r.unit)} | ${r.ratio ?? ''} | ${r.target} | ${verdict(r.pass)} | ${escape(r.notes)} |`,
  );
  return [
    '# Benchmark results',
    '',
    'Written by `pnpm bench` (bench/run.ts); do not edit by hand. Medians of several runs after a warm-up; every ratio compares',
    'two figures measured side by side in this same run, on this machine, over loopback.',
    '',
    ...Object.entries(environment).map(([key, value]) => `- ${key}: ${value}`),
    '',
    '| # | figure | measured | baseline | ratio | goal | result | notes |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...table,
    '',
    ...Object.entries(details).flatMap(([title, body]) => [`## ${title}`, '', body, '']),
  ].join('\n');
};

/** Writes latest.json and latest.md atomically (through ignored *.tmp files). */
/** `name` is `latest` for a full run; a partial run (`--only`) writes `partial` and leaves it alone. */
export const writeReport = (report: Report, name = 'latest', dir = path.resolve(__dirname, '..', 'results')) => {
  fs.mkdirSync(dir, { recursive: true });
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, `${name}.tmp`), text);
    fs.renameSync(path.join(dir, `${name}.tmp`), path.join(dir, name));
  };
  write(`${name}.json`, `${JSON.stringify(report, null, 2)}\n`);
  write(`${name}.md`, toMarkdown(report));
};

/** What a benchmark hands back: its table rows, and Markdown sections for the details. */
export type Outcome = { rows: Row[]; details?: Record<string, string> };
