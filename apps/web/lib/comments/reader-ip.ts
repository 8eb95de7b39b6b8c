import 'server-only';

/**
 * The reader's IP. `next start` runs with server/preload.cjs, which rewrites X-Forwarded-For from
 * the socket and exactly TRUSTED_PROXY_HOPS trusted proxies before Next reads the request, so the
 * header holds one address the reader cannot choose. Should a chain ever reach here (a server
 * started without the preload), its last entry is the one the nearest hop wrote, never the
 * reader's own claim on the left.
 */
export const readerIp = (headers: Headers): string => {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return chain.at(-1) ?? 'unknown';
};
