import fs from 'node:fs';
import { numericDirs, statFields } from './processes';
import { round, sleep } from './stats';

const TICKS_PER_SECOND = 100;

const machineTicks = () => {
  const fields = (fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  return { idle: (fields[3] ?? 0) + (fields[4] ?? 0), total: fields.reduce((sum, value) => sum + value, 0) };
};

const processTicks = () => {
  const ticks = new Map<string, number>();
  for (const pid of numericDirs()) {
    try {
      const fields = statFields(pid);
      ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    } catch {
      /* exited meanwhile */
    }
  }
  return ticks;
};

const commandOf = (pid: string) => {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim().slice(0, 90);
  } catch {
    return `pid ${pid}`;
  }
};

/** How busy the whole machine was over `ms` (0..1), and which processes kept it busy. */
export const cpuBusy = async (ms = 1000) => {
  const before = { machine: machineTicks(), processes: processTicks() };
  await sleep(ms);
  const machine = machineTicks();
  const busiest = [...processTicks()]
    .map(([pid, ticks]) => ({ pid, cores: (ticks - (before.processes.get(pid) ?? ticks)) / TICKS_PER_SECOND / (ms / 1000) }))
    .filter(({ cores }) => cores >= 0.1)
    .sort((a, b) => b.cores - a.cores)
    .slice(0, 3)
    .map(({ pid, cores }) => `${commandOf(pid)} (${round(cores * 100, 0)} % of a core)`);
  const busy = 1 - (machine.idle - before.machine.idle) / Math.max(1, machine.total - before.machine.total);
  return { busy, busiest };
};

/**
 * Waits, a bounded time, until other work (a build, another test suite) leaves the CPUs mostly
 * idle: on two cores, figures measured beside a build measure the build. Returns the last reading.
 */
export const waitForQuietMachine = async (maxWaitMs = 20_000, threshold = 0.2) => {
  const started = Date.now();
  let reading = await cpuBusy();
  while (reading.busy > threshold && Date.now() - started < maxWaitMs) reading = await cpuBusy();
  return reading;
};
