import { startStack, stopStack, type ResilienceStack } from './stack';

// `pnpm start`'s topology: `next start` (with its preload) straight on the socket, no proxy.
let stack: ResilienceStack | undefined;
beforeAll(async () => {
  stack = await startStack({ COMMENT_FLOOD_SECONDS: '15' });
}, 300_000);
afterAll(() => stopStack(stack), 60_000);

const postAs = (s: ResilienceStack, forwardedFor: string, n: number) =>
  fetch(`${s.web.url}/api/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor, 'X-Forwarded-Host': 'evil.example' },
    body: JSON.stringify({
      article: s.articleId,
      authorName: `Forger ${n}`,
      authorEmail: `forger-${n}-${Date.now()}@example.com`,
      body: `A comment from a forged address ${n} ${Date.now()}`,
    }),
  });

describe('a forged X-Forwarded-For with no proxy in front', () => {
  it('does not choose the address the flood limit counts, nor the one moderators see', async () => {
    const s = stack as ResilienceStack;
    const started = Date.now();
    const statuses: number[] = [];
    for (const [n, forged] of ['198.51.100.1', '198.51.100.2, 198.51.100.3', '203.0.113.77'].entries()) {
      statuses.push((await postAs(s, forged, n)).status);
    }
    expect(Date.now() - started).toBeLessThan(2000);
    expect(statuses).toEqual([201, 429, 429]);

    const { body } = await s.moderator.request<{ results: Array<{ authorName: string; authorIp: string | null }> }>(
      'GET',
      '/moderation/comments?page=1&pageSize=100',
    );
    const stored = body.results.filter(({ authorName }) => authorName.startsWith('Forger'));
    expect(stored.map(({ authorIp }) => authorIp)).toEqual(['127.0.0.1']);
  });
});
