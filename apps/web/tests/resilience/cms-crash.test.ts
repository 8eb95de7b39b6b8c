import { postComment, startStack, stopStack, storedBodies, type ResilienceStack } from './stack';

let stack: ResilienceStack | undefined;
beforeAll(async () => {
  stack = await startStack();
}, 300_000);
afterAll(() => stopStack(stack), 60_000);

const count = (items: string[]) => items.reduce((map, item) => map.set(item, (map.get(item) ?? 0) + 1), new Map<string, number>());

describe('the CMS killed (SIGKILL) in the middle of a burst of comments', () => {
  it('keeps every acknowledged comment; the others are told to retry, their text kept', async () => {
    const s = stack as ResilienceStack;
    const bodies = Array.from({ length: 300 }, (_, i) => `Crash comment ${i} ${Date.now()}`);
    const inFlight = Promise.all(
      bodies.map(async (body, i) => {
        await new Promise((resolve) => setTimeout(resolve, i * 10)); // a steady stream over three seconds
        return postComment(s.web, s.articleId, body);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await s.cms.kill();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await s.cms.restart();
    const results = await inFlight;

    const acknowledged = bodies.filter((_, i) => results[i]?.status === 201);
    const failed = results.filter(({ status }) => status !== 201);
    process.stdout.write(`${acknowledged.length} acknowledged, ${failed.length} failed while the CMS was down\n`);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(failed.length).toBeGreaterThan(0);
    for (const { status, payload } of failed) {
      expect(status).toBe(503);
      expect(payload.error.message).toMatch(/try again/);
      expect(payload.error.message).toMatch(/not been lost/);
    }

    const stored = count(await storedBodies(s));
    for (const body of acknowledged) expect({ body, copies: stored.get(body) }).toEqual({ body, copies: 1 });
  });

  it('serves the story from cache while the CMS is down, and says comments are unavailable', async () => {
    const s = stack as ResilienceStack;
    const storyUrl = `${s.web.url}/news/libya-haftars-army-in-control-of-derna`;
    expect((await fetch(storyUrl)).status).toBe(200);
    await s.cms.stop();
    try {
      const page = await fetch(storyUrl);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('would be over in two days');
      const list = await fetch(`${s.web.url}/api/comments?article=${s.articleId}&page=2`);
      expect(list.status).toBe(503);
      expect((await list.json()).error.message).toBe('Comments are temporarily unavailable.');
      const post = await postComment(s.web, s.articleId, 'Written while the CMS was away');
      expect(post.status).toBe(503);
    } finally {
      await s.cms.restart();
    }
  });
});
