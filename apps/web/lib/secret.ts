import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Compares a secret someone sent with ours in constant time. Hashing first gives both sides the
 * same length, so not even the secret's length leaks. No secret configured means nobody matches.
 */
export const secretMatches = (given: string | null | undefined, expected: string | undefined): boolean => {
  if (!expected || typeof given !== 'string') return false;
  return timingSafeEqual(digest(given), digest(expected));
};
