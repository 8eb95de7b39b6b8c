import { allowSearch, SEARCHES_PER_MINUTE } from '@/lib/search-limit';

describe("the site's search limit per reader", () => {
  it('allows SEARCHES_PER_MINUTE searches a minute per IP, then refuses until the minute is over', () => {
    const start = 1_000_000;
    for (let index = 0; index < SEARCHES_PER_MINUTE; index += 1) expect(allowSearch('10.0.0.1', start + index)).toBe(true);
    expect(allowSearch('10.0.0.1', start + 100)).toBe(false);
    expect(allowSearch('10.0.0.2', start + 100)).toBe(true);
    expect(allowSearch('10.0.0.1', start + 60_000)).toBe(true);
  });
});
