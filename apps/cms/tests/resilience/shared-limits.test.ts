import Redis from 'ioredis';
import { firstArticleId, scratchSqlite, startCms, type CmsServer } from '@derna/testkit';
import { buildComment } from '../helpers/comments';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const submit = (cms: CmsServer, token: string, payload: unknown) =>
  fetch(`${cms.url}/api/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(payload),
  }).then((response) => response.status);

describe('two CMS instances sharing Redis', () => {
  const instances: CmsServer[] = [];
  afterAll(async () => {
    for (const cms of instances) await cms.stop();
    await instances[0]?.database.drop();
  });

  it('count flood control and the per-IP budget together', async () => {
    const redis = new Redis(REDIS_URL);
    await redis.flushdb();
    redis.disconnect();
    const database = await scratchSqlite();
    const env = { REDIS_URL, COMMENT_RATE_LIMIT: '3', COMMENT_MIN_SUBMIT_SECONDS: '0' };
    const first = await startCms({ database, env });
    instances.push(first);
    // The second instance shares the first's database and secrets: one site, two CMS processes.
    const second = await startCms({ database, env: { ...env, ...pick(first.env) } });
    instances.push(second);
    const token = first.env.CMS_API_TOKEN ?? '';
    const article = await firstArticleId(first.url);

    // Flood: the same IP on the other instance, with a different body and email, is still refused.
    const flood = buildComment(article);
    expect(await submit(first, token, flood)).toBe(201);
    expect(await submit(second, token, buildComment(article, {}, { ip: flood.context.ip }))).toBe(429);

    // Budget: three comments per IP in all, wherever they land (emails differ to pass flood control).
    const ip = '10.99.99.99';
    const statuses = [];
    for (const cms of [first, second, first, second]) {
      statuses.push(await submit(cms, token, buildComment(article, {}, { ip })));
      await releaseFlood(ip);
    }
    expect(statuses).toEqual([201, 201, 201, 429]);
  });
});

const SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'CMS_API_TOKEN'];
const pick = (env: NodeJS.ProcessEnv) => Object.fromEntries(SECRETS.map((name) => [name, env[name] ?? '']));

/** Lets the next comment from this IP past flood control, leaving the budget untouched. */
const releaseFlood = async (ip: string) => {
  const redis = new Redis(REDIS_URL);
  await redis.del(`comment-flood:ip:${ip}`);
  redis.disconnect();
};
