import fs from 'node:fs';
import { sleep } from './stats';

const cpuTimes = () => {
  const fields = (fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  return { idle: (fields[3] ?? 0) + (fields[4] ?? 0), total: fields.reduce((sum, value) => sum + value, 0) };
};

/** Share of the machine's CPU time (all cores) spent busy over `ms`. */
export const cpuBusy = async (ms = 1000): Promise<number> => {
  const before = cpuTimes();
  await sleep(ms);
  const after = cpuTimes();
  return 1 - (after.idle - before.idle) / Math.max(1, after.total - before.total);
};

/**
 * Waits, a bounded time, until other work (a build, another test suite) leaves the CPUs mostly
 * idle: on two cores, figures measured beside a build measure the build. Returns the last reading.
 */
export const waitForQuietMachine = async (maxWaitMs = 30_000, threshold = 0.2): Promise<number> => {
  const started = Date.now();
  let busy = await cpuBusy();
  while (busy > threshold && Date.now() - started < maxWaitMs) busy = await cpuBusy();
  return busy;
};
