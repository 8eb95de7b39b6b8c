import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';
import type { LoadResult } from './load';

const WRK = process.env.WRK_PATH ?? '/usr/bin/wrk';
const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

const toMs = (value = '', unit = '') => Number(value) * (UNIT_MS[unit] ?? Number.NaN);

const figure = (output: string, pattern: RegExp, name: string) => {
  const match = output.match(pattern);
  if (!match) throw new Error(`wrk printed no ${name}:\n${output}`);
  return match;
};

/** wrk's --latency report, in the shape autocannon's runs have (latencies in ms). */
export const parseWrk = (output: string): LoadResult => {
  const [, p50, p50Unit] = figure(output, /^\s+50%\s+([\d.]+)(us|ms|s|m)$/m, 'median latency');
  const [, p99, p99Unit] = figure(output, /^\s+99%\s+([\d.]+)(us|ms|s|m)$/m, '99th percentile');
  const [, requests] = figure(output, /^\s*(\d+) requests in /m, 'request count');
  const [, rps] = figure(output, /^Requests\/sec:\s+([\d.]+)/m, 'requests per second');
  const socketErrors = output.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  return {
    rps: Number(rps),
    p50: toMs(p50, p50Unit),
    p99: toMs(p99, p99Unit),
    requests: Number(requests),
    non2xx: Number(output.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0),
    errors: socketErrors ? socketErrors.slice(1).reduce((sum, count) => sum + Number(count), 0) : 0,
  };
};

/**
 * The throughput of one server: GET `url` over loopback with Debian's wrk, one thread. Written in
 * C, it costs about 60 µs of CPU a request where autocannon costs 350 µs, more for larger pages;
 * on a two-core machine that CPU comes out of the server's, so autocannon would partly measure
 * itself, and more so the larger the page (README: Benchmarks).
 */
export const wrk = async ({ url, connections, duration }: { url: string; connections: number; duration: number }): Promise<LoadResult> => {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(url)) throw new Error(`Refusing to load a non-loopback URL: ${url}`);
  if (!fs.existsSync(WRK)) throw new Error(`wrk is not installed at ${WRK}: apt-get install -y wrk (or set WRK_PATH)`);
  const args = ['-t1', `-c${connections}`, `-d${duration}s`, '--timeout', '10s', '--latency', url];
  const { stdout } = await promisify(execFile)(WRK, args, { timeout: (duration + 30) * 1000 });
  return parseWrk(stdout);
};
