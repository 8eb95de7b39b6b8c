const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text as a reader sees it: entities decoded. */
export const decodeEntities = (html: string) =>
  html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, code: string) => {
    if (code[0] !== '#') return ENTITIES[code.toLowerCase()] ?? match;
    return String.fromCodePoint(code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
  });

/** The HTML a browser without JavaScript renders: scripts (and the RSC payload in them) removed. */
export const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');

/** Visible text of the server HTML, tags stripped, entities decoded, whitespace collapsed. */
export const visibleText = (html: string) =>
  decodeEntities(withoutScripts(html).replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

/** The first start tag matching `pattern` (e.g. /<button\b[^>]*>/), as a map of its attributes. */
export const attributesOf = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].slice(1).map(([, name, value]) => [name, decodeEntities(value ?? '')]));

/** `<meta name|property="key" content="…">` → content. */
export const metaContent = (html: string, key: string): string | undefined => {
  const tag = html.match(new RegExp(`<meta\\b[^>]*(?:name|property)="${key}"[^>]*>`))?.[0];
  return tag ? attributesOf(tag).content : undefined;
};

/** Every JSON-LD block in the page, parsed. */
export const jsonLdBlocks = (html: string): unknown[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, json]) => JSON.parse(json ?? ''));

export const fetchPage = async (url: string, init?: RequestInit) => {
  const response = await fetch(url, { redirect: 'manual', ...init });
  return { response, html: await response.text() };
};

/** Polls until `check` passes; returns the milliseconds it took. */
export const waitFor = async (check: () => Promise<boolean>, timeoutMs = 15_000, everyMs = 200): Promise<number> => {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`Condition not met within ${timeoutMs} ms`);
};
