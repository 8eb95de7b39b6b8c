import 'server-only';
import { env } from '../env';

/**
 * The reader's IP as the last trusted hop saw it. Each trusted proxy appends the address it
 * received the request from, so entries to the left of those are the client's own claims and
 * are ignored: a spoofed X-Forwarded-For cannot choose the IP the rate limits count.
 * With no proxy (TRUSTED_PROXY_HOPS=0) Next.js sets the header from the socket.
 */
export const readerIp = (headers: Headers, trustedHops = env.TRUSTED_PROXY_HOPS): string => {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const index = chain.length - 1 - Math.max(0, trustedHops - 1);
  return chain[Math.max(0, index)] ?? 'unknown';
};
