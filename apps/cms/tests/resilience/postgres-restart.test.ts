import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { scratchPostgres, startCms, type CmsServer } from '@derna/testkit';

const SERVER = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const version = () => fs.readdirSync('/etc/postgresql')[0] ?? '';
const pgctl = (action: 'stop' | 'start') =>
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', version(), 'main', action, ...(action === 'stop' ? ['-m', 'fast'] : [])]);

type Sample = { at: number; status: number; ms: number };

const sample = async (url: string): Promise<Sample> => {
  const started = Date.now();
  const status = await fetch(url, { signal: AbortSignal.timeout(30_000) })
    .then((response) => response.status)
    .catch(() => 0);
  return { at: started, status, ms: Date.now() - started };
};

describe('PostgreSQL restarted under load', () => {
  let cms: CmsServer | undefined;
  afterAll(async () => {
    // Whatever happened above, leave the machine's PostgreSQL running.
    try {
      pgctl('start');
    } catch {
      /* already running */
    }
    await cms?.destroy();
  });

  it('answers 503 fast while it is away, and recovers without a CMS restart', async () => {
    cms = await startCms({ database: await scratchPostgres(SERVER) });
    const url = `${cms.url}/api/articles?fields[0]=slug`;
    expect((await sample(url)).status).toBe(200);

    const samples: Sample[] = [];
    let running = true;
    const load = (async () => {
      while (running) {
        samples.push(...(await Promise.all(Array.from({ length: 4 }, () => sample(url)))));
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    })();

    await new Promise((resolve) => setTimeout(resolve, 1000));
    const down = Date.now();
    pgctl('stop');
    await new Promise((resolve) => setTimeout(resolve, 4000));
    pgctl('start');
    const up = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 8000));
    running = false;
    await load;

    const during = samples.filter(({ at }) => at > down + 500 && at < up - 500);
    const after = samples.filter(({ at }) => at > up + 6000);
    process.stdout.write(
      `during the gap: ${during.map(({ status, ms }) => `${status}/${ms}ms`).slice(0, 8).join(' ')}…; after: ${after.length} samples\n`,
    );
    expect(during.length).toBeGreaterThan(0);
    for (const { status, ms } of during) {
      expect(status).toBe(503);
      expect(ms).toBeLessThan(6000);
    }
    expect(after.length).toBeGreaterThan(0);
    expect(after.every(({ status }) => status === 200)).toBe(true);
    expect(samples.every(({ status }) => status === 200 || status === 503)).toBe(true);
  });
});
