import { postComment, startStack, stopStack, storedBodies, type ResilienceStack } from './stack';

let stack: ResilienceStack | undefined;
beforeAll(async () => {
  stack = await startStack();
}, 300_000);
afterAll(() => stopStack(stack), 60_000);

describe('500 comments posted at once through the site', () => {
  it('stores every acknowledged comment exactly once, nothing else, and never answers 5xx', async () => {
    const s = stack as ResilienceStack;
    const bodies = Array.from({ length: 500 }, (_, i) => `Load comment ${i} ${Date.now()}`);
    const started = Date.now();
    const results = await Promise.all(bodies.map((body) => postComment(s.web, s.articleId, body)));
    const seconds = (Date.now() - started) / 1000;
    process.stdout.write(`500 concurrent submissions in ${seconds.toFixed(1)} s\n`);

    const statuses = results.map(({ status }) => status);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    const acknowledged = bodies.filter((_, i) => statuses[i] === 201);
    expect(acknowledged).toHaveLength(500);

    const stored = await storedBodies(s);
    const loadStored = stored.filter((body) => body.startsWith('Load comment'));
    expect(loadStored.sort()).toEqual([...acknowledged].sort());
  });
});
