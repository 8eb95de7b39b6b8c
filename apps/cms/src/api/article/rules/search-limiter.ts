import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { StoryError } from './story-error';

/**
 * Searches per client IP per minute (SEARCH_RATE_LIMIT, 0: no limit). The site caches each
 * query's answer and limits its own readers, so this only bounds clients calling the CMS directly
 * (and the site itself: keep it well above the site's own traffic of distinct queries).
 */
const points = Number(process.env.SEARCH_RATE_LIMIT ?? 300);
const limiter = points > 0 ? new RateLimiterMemory({ keyPrefix: 'story-search', points, duration: 60 }) : null;

export const checkSearchBudget = async (ip: string): Promise<void> => {
  if (!limiter) return;
  try {
    await limiter.consume(ip);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new StoryError(429, 'RateLimitError', `Too many searches. Please try again in ${retryAfter} s.`, { retryAfter });
  }
};
