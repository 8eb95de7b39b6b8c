// The images' health check: `node healthcheck.mjs <url>` exits 0 when the URL answers below 500
// within 4 s. A file, not `node -e '…'`: compose tools differ in how they quote inline scripts.
const url = process.argv[2];
if (!url) {
  console.error('usage: node healthcheck.mjs <url>');
  process.exit(2);
}
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(4000), redirect: 'manual' });
  process.exit(response.status < 500 ? 0 : 1);
} catch (error) {
  console.error(`${url}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
