import { sleep } from './stats';

/** Polls `check` every `everyMs` until it passes; its time in ms, or null after `timeoutMs`. */
export const waitUntil = async (check: () => Promise<boolean>, timeoutMs: number, everyMs = 50): Promise<number | null> => {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await check()) return performance.now() - started;
    await sleep(everyMs);
  }
  return null;
};
