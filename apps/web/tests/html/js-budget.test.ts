import { gzipSync } from 'node:zlib';
import { stack } from './stack';

const DERNA_SLUG = 'libya-haftars-army-in-control-of-derna';

/**
 * The most JavaScript (gzip bytes) a modern browser may load for the story page: 1.10 × the
 * 135,012 B of a minimal Next.js 16.4.6 page with the same story text (bench/baseline-next,
 * `pnpm bench` goal 3) = 148,513 B. The page ships about 144,300 B (1.07 ×): the cover is a plain
 * <img> (no next/image client), and the comments refresh with a small hook of our own
 * (lib/comments/use-comment-pages.ts) instead of SWR, which paid for the Report dialog and left
 * about 4 kB of room. Anything new on the page's client side has to fit in that room. Gzip at
 * zlib's default level, as `next start`.
 */
const BUDGET_GZIP_BYTES = 148_513;

/** `<script src>` of our build, except `nomodule` ones (legacy polyfills modern browsers skip). */
const scriptSources = (html: string) =>
  [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gi)]
    .filter(([tag]) => !/\bnomodule\b/i.test(tag))
    .map(([, src]) => src as string)
    .filter((src) => /^\/_next\/static\/.+\.js(\?|$)/.test(src));

describe('the JavaScript budget of the story page', () => {
  it(`stays within ${BUDGET_GZIP_BYTES} B gzip (1.10 × a minimal Next.js page)`, async () => {
    const html = await (await fetch(`${stack.webUrl()}/news/${DERNA_SLUG}`)).text();
    const sources = [...new Set(scriptSources(html))];
    expect(sources.length).toBeGreaterThan(0);

    const scripts = await Promise.all(
      sources.map(async (src) => {
        const response = await fetch(`${stack.webUrl()}${src}`);
        expect(response.status).toBe(200);
        return { src, gzipBytes: gzipSync(Buffer.from(await response.arrayBuffer())).length };
      }),
    );
    const total = scripts.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0);
    const breakdown = scripts.map(({ src, gzipBytes }) => `${src}: ${gzipBytes} B`).join('\n');
    // Over budget, the message lists every script, to show what grew.
    expect(total <= BUDGET_GZIP_BYTES ? 'within budget' : `${total} B gzip, over ${BUDGET_GZIP_BYTES} B:\n${breakdown}`).toBe('within budget');
  });
});
