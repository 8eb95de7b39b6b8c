// @ts-check
// JavaScript, not next.config.ts: `next start` would load Next's SWC compiler just to read a
// TypeScript config, and keep it resident (about 24 MB of the site's memory, bench goal 8).

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
// Replicas (start:cluster, compose) share their ISR/data cache in Redis; one `next start` alone
// keeps Next's own cache.
const sharedCache = process.env.REDIS_URL
  ? { cacheHandler: require.resolve('./cache-handler.mjs'), cacheMaxMemorySize: 0 }
  : {};

/** @type {import('next').NextConfig} */
const nextConfig = {
  ...sharedCache,
  // Tests build into their own folder (NEXT_DIST_DIR=.next-test) so they never touch a dev build.
  distDir: process.env.NEXT_DIST_DIR ?? '.next',
  poweredByHeader: false,
  // Next hashes the whole cached page on every request just to set an ETag: ~12 % of the story
  // page's throughput (bench, goal 1). Without it a browser revalidating a page downloads it
  // again (about 7 kB gzip) instead of getting a 304; a CDN in front still caches it.
  generateEtags: false,
  reactStrictMode: true,
  experimental: {
    // A comment is at most 65,525 bytes; anything much larger is refused before it is parsed.
    serverActions: { bodySizeLimit: '300kb' },
  },
};

export default nextConfig;
