import http from 'node:http';
import { freePort } from '@derna/testkit';

/** One call as the site got it; `stories`: the story pages (slugs) the site is to refresh at the edge. */
export type Revalidation<T> = { tags: string[]; immediate: boolean; stories: string[]; secretOk: boolean; at: number; seen: T };

/**
 * A real HTTP endpoint standing where the site's /api/revalidate is, recording what the CMS
 * tells it. `look` runs as each call arrives, before it is answered: what a reader arriving at
 * that moment would make the site fetch from the CMS.
 */
export const startSiteReceiver = async <T = undefined>(secret: string, look: () => Promise<T> = async () => undefined as T) => {
  const port = await freePort();
  const received: Array<Revalidation<T>> = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', async () => {
      const parsed = JSON.parse(body || '{}') as { tags?: string[]; immediate?: boolean; stories?: string[] };
      // Once more if the first try met a keep-alive socket the CMS had just closed (fetch failed).
      const seen = await look().catch(() => look());
      received.push({
        tags: parsed.tags ?? [],
        immediate: parsed.immediate === true,
        stories: parsed.stories ?? [],
        secretOk: request.headers['x-revalidate-secret'] === secret,
        at: Date.now(),
        seen,
      });
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"revalidated":true}');
    });
  });
  const listen = () => new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  await listen();

  /**
   * The first call (after `since`) naming every one of `tags`, and as immediate as asked when
   * `immediate` is given (a late call of an earlier change may land after `since`); waits up to `timeoutMs`.
   */
  const waitFor = async (tags: string[], since = 0, timeoutMs = 5000, immediate?: boolean) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = received.find(
        (call) => call.at >= since && tags.every((tag) => call.tags.includes(tag)) && (immediate === undefined || call.immediate === immediate),
      );
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`The site was not told ${tags.join(', ')} within ${timeoutMs} ms; it got ${JSON.stringify(received.map(({ tags: t }) => t))}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  /** Waits until no call has arrived for `ms`: the calls of what came before have all landed. */
  const quiet = async (ms = 400) => {
    for (;;) {
      const last = received.at(-1)?.at ?? 0;
      if (Date.now() - last >= ms) return Date.now();
      await new Promise((resolve) => setTimeout(resolve, ms - (Date.now() - last)));
    }
  };

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    waitFor,
    quiet,
    /** The site goes down (connections refused) ... */
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    /** ... and comes back on the same address. */
    start: listen,
  };
};
