// The site's ISR and data cache when REDIS_URL is set (next.config.mjs): shared by every replica,
// so one revalidation call, to any replica, reaches them all. Entries are written to Redis and to a
// small in-process copy; reads come from Redis, or from the local copy while Redis is away (every
// command fails at once then: no offline queue), so readers never see an error, and Redis takes
// over again as soon as ioredis reconnects.
import Redis from 'ioredis';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { ioredisAdapter } from '@fortedigital/nextjs-cache-handler/helpers/ioredisAdapter';

const KEY_PREFIX = process.env.REDIS_CACHE_PREFIX || 'derna:site:';

const redisHandler = (buildId) => {
  const client = new Redis(process.env.REDIS_URL, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    // Keep trying, at most every 2 s, however long Redis is away.
    retryStrategy: (times) => Math.min(times * 200, 2000),
  });
  let down = false;
  client.on('error', (error) => {
    if (!down) console.warn(`Site cache: Redis unavailable (${error.message}); serving from the local copy until it returns.`);
    down = true;
  });
  client.on('ready', () => {
    if (down) console.info('Site cache: Redis is back.');
    down = false;
  });
  // Entries of one build never meet another build's pages.
  return createRedisHandler({ client: ioredisAdapter(client), keyPrefix: `${KEY_PREFIX}${buildId ?? 'dev'}:`, timeoutMs: 1000 });
};

CacheHandler.onCreation(({ buildId }) => {
  const local = createLruHandler();
  // `next build` prerenders into its own output: no Redis needed to build.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) return { handlers: [local] };
  return { handlers: [redisHandler(buildId), local] };
});

export default CacheHandler;
