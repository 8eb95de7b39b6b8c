import { isAbsoluteHttpUrl } from './urls';

describe('absolute http(s) addresses', () => {
  it.each(['https://example.com/news/derna', 'http://example.com', 'https://example.com:8443/a?b=c#d'])('accepts %s', (url) => {
    expect(isAbsoluteHttpUrl(url)).toBe(true);
  });

  it.each(['javascript:alert(1)', '/news/derna', '//example.com/a', 'example.com', 'https://', 'ftp://example.com', 'https://exa mple.com', '', null, 42])(
    'refuses %p',
    (url) => {
      expect(isAbsoluteHttpUrl(url)).toBe(false);
    },
  );
});
