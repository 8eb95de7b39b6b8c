import path from 'node:path';
import { freePort, runManaged, spawnManaged, stopManaged, waitForHttp } from '@derna/testkit';
import { pidListeningOn, processGroupOf } from './processes';

const benchDir = path.resolve(__dirname, '..');
const appDir = path.join(benchDir, 'baseline-next');
const next = path.join(benchDir, 'node_modules', '.bin', 'next');

export type BaselineSite = { url: string; group: number; stop: () => Promise<void> };

/** The minimal Next.js page (bench/baseline-next): built, then served by `next start`. */
export const startBaselineNext = async (): Promise<BaselineSite> => {
  const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
  await runManaged(next, ['build'], { cwd: appDir, env });
  const port = await freePort();
  const server = spawnManaged(next, ['start', '--port', String(port), '--hostname', '127.0.0.1'], { cwd: appDir, env });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(url);
  return { url, group: processGroupOf(pidListeningOn(port)), stop: () => stopManaged(server) };
};
