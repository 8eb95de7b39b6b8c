const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));

/** Only http(s) links are shown as links: a commenter's website could be a `javascript:` URL. */
export const safeWebsite = (url: string | null): URL | null => {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
};

const MAX_CHARS = 280;
const MAX_LINES = 5;

/** A comment's opening, cut at a word boundary, or null when the whole text is short enough. */
export const clipText = (text: string): string | null => {
  const lines = text.split('\n');
  if (text.length <= MAX_CHARS && lines.length <= MAX_LINES) return null;
  const head = lines.slice(0, MAX_LINES).join('\n').slice(0, MAX_CHARS);
  const lastSpace = head.search(/\s\S*$/);
  return `${(lastSpace > MAX_CHARS / 2 ? head.slice(0, lastSpace) : head).trimEnd()}…`;
};
