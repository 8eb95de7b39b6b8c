import 'server-only';
import { env } from '../env';

/**
 * A browser tells where a request comes from. Refuse cross-site ones (CSRF); requests that are
 * not from a browser at all (no Origin, no Sec-Fetch-Site) carry no reader's cookies to abuse.
 */
export const isCrossSite = (headers: Headers): boolean => {
  const fetchSite = headers.get('sec-fetch-site');
  if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none') return true;
  const origin = headers.get('origin');
  if (!origin) return false;
  const allowed = new Set([new URL(env.SITE_URL).origin]);
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  const proto = headers.get('x-forwarded-proto') ?? 'http';
  if (host) allowed.add(`${proto}://${host}`);
  return !allowed.has(origin);
};
