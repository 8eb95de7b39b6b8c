import type { Core } from '@strapi/strapi';
import { runOnce } from '../../src/jobs/run-once';

// The machine's Redis (as the shared-limits test uses): each replica's scheduler fires the job.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const replica = (redisUrl: string) =>
  ({
    config: { get: (key: string, fallback: unknown) => (key === 'comments.redisUrl' ? redisUrl : fallback) },
    log: { debug: () => undefined },
  }) as unknown as Core.Strapi;

describe('a scheduled job on several CMS replicas', () => {
  it('runs once across them when they share Redis', async () => {
    let runs = 0;
    const job = runOnce(`test-job-${Date.now()}-${Math.random()}`, async () => {
      runs += 1;
    });
    await Promise.all([1, 2, 3].map(() => job({ strapi: replica(REDIS_URL) })));
    expect(runs).toBe(1);
  });

  it('runs again in the next period of its schedule, not only the next minute', async () => {
    let runs = 0;
    const job = runOnce(
      `test-every-second-${Date.now()}-${Math.random()}`,
      async () => {
        runs += 1;
      },
      1000,
    );
    await Promise.all([1, 2].map(() => job({ strapi: replica(REDIS_URL) })));
    // The next second (past its boundary, whatever the clock says now).
    await new Promise((resolve) => setTimeout(resolve, 1000 - (Date.now() % 1000) + 20));
    await Promise.all([1, 2].map(() => job({ strapi: replica(REDIS_URL) })));
    expect(runs).toBe(2);
  });

  it('runs on every call without Redis (one instance)', async () => {
    let runs = 0;
    const job = runOnce('alone', () => {
      runs += 1;
    });
    await job({ strapi: replica('') });
    await job({ strapi: replica('') });
    expect(runs).toBe(2);
  });
});
