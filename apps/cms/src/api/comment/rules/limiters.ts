import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { CommentError } from './comment-error';

export type LimiterConfig = {
  floodSeconds: number;
  rateLimitPoints: number;
  rateLimitWindowSeconds: number;
  redisUrl: string;
};

const connect = (redisUrl: string) => {
  const redis = redisUrl ? new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: false }) : null;
  redis?.on('error', () => undefined);
  return redis;
};

const limiterFactory =
  (redis: Redis | null) =>
  (keyPrefix: string, points: number, duration: number): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration, insuranceLimiter: new RateLimiterMemory({ points, duration }) })
      : new RateLimiterMemory({ keyPrefix, points, duration });

/** Takes a point for `key`, or throws a 429 CommentError saying when to try again. */
const consume = async (limiter: RateLimiterAbstract | null, key: string, message: (seconds: number) => string) => {
  if (!limiter) return;
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new CommentError(429, 'RateLimitError', message(retryAfter), { retryAfter });
  }
};

/**
 * Flood control and the per-IP budget. In memory for one instance; in Redis when REDIS_URL is
 * set, so that every CMS instance counts together (memory takes over while Redis is away).
 */
export const createLimiters = (config: LimiterConfig) => {
  const redis = connect(config.redisUrl);
  // Until Redis answers, each instance counts alone (the insurance limiter), so wait for it at boot.
  const ready = redis
    ? new Promise<boolean>((resolve) => {
        redis.once('ready', () => resolve(true));
        setTimeout(() => resolve(false), 5000).unref();
      })
    : Promise.resolve(true);
  const make = limiterFactory(redis);

  const flood = config.floodSeconds > 0 ? make('comment-flood', 1, config.floodSeconds) : null;
  const budget = config.rateLimitPoints > 0 ? make('comment-rate', config.rateLimitPoints, config.rateLimitWindowSeconds) : null;

  return {
    /** One comment per IP and per email address every `floodSeconds`. */
    async checkFlood(ip: string, email: string) {
      const message = (seconds: number) =>
        `You are posting comments too quickly. Please wait ${seconds} s and try again; your text is kept.`;
      await consume(flood, `ip:${ip}`, message);
      await consume(flood, `email:${email.toLowerCase()}`, message);
    },
    /** At most `rateLimitPoints` comments per IP per window. */
    async checkBudget(ip: string) {
      await consume(budget, `ip:${ip}`, (seconds) => {
        const minutes = Math.ceil(seconds / 60);
        return `Too many comments from your network. Please try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`;
      });
    },
    /** Resolves once the shared store is reachable (false after 5 s: memory until it is). */
    ready,
    close: () => redis?.disconnect(),
  };
};

export type Limiters = ReturnType<typeof createLimiters>;

/** Readers' reports of comments: `points` per reader per window, shared through Redis like comments. */
export const createReportLimiter = (config: { redisUrl: string; points: number; windowSeconds: number }) => {
  const redis = connect(config.redisUrl);
  const limiter = config.points > 0 ? limiterFactory(redis)('comment-report', config.points, config.windowSeconds) : null;
  return {
    check: (reader: string) =>
      consume(limiter, reader, (seconds) => {
        const minutes = Math.ceil(seconds / 60);
        return `You have reported several comments in a short time. Please try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`;
      }),
    close: () => redis?.disconnect(),
  };
};
