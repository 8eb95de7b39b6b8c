import { useCms } from '../helpers/cms';

/** Search is the one reader route that costs real work per distinct query: it is rate-limited per client. */
const cms = useCms({ env: { SEARCH_RATE_LIMIT: '3' } });

describe('the search rate limit', () => {
  it('answers 429 with Retry-After past SEARCH_RATE_LIMIT searches a minute, and a clear message', async () => {
    for (let index = 0; index < 3; index += 1) {
      expect((await cms.anonymous().get('/api/stories/search').query({ q: `derna ${index}` })).status).toBe(200);
    }
    const refused = await cms.anonymous().get('/api/stories/search').query({ q: 'derna' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body.error.message).toMatch(/Too many searches/);
    // Lists are not limited: they are cached by the site and cheap.
    expect((await cms.anonymous().get('/api/stories')).status).toBe(200);
  });
});
