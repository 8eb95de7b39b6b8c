import fs from 'node:fs';
import path from 'node:path';
import { attributesOf, fetchPage, visibleText, withoutScripts } from './html';
import { publishArticle, stack } from './stack';

const DERNA_SLUG = 'libya-haftars-army-in-control-of-derna';
const seed = JSON.parse(
  fs.readFileSync(path.join(__dirname, '../../../cms/data/seed/derna-story.json'), 'utf8'),
) as { title: string; paragraphs: string[]; category: { name: string }; author: { name: string }; dateline: string };

describe('the Derna story, as the server sends it', () => {
  let html = '';
  let response: Response;

  beforeAll(async () => {
    ({ response, html } = await fetchPage(`${stack.webUrl()}/news/${DERNA_SLUG}`));
  });

  it('is served from the cache, with every paragraph in the HTML (no JavaScript needed to read)', async () => {
    expect(response.status).toBe(200);
    const text = visibleText(html);
    expect(seed.paragraphs.length).toBeGreaterThan(5);
    for (const paragraph of seed.paragraphs) expect(text).toContain(paragraph.replace(/\s+/g, ' '));
    const again = await fetch(`${stack.webUrl()}/news/${DERNA_SLUG}`);
    expect(['HIT', 'STALE']).toContain(again.headers.get('x-nextjs-cache'));
  });

  it('has the headline, category, byline with a machine-readable date, and dateline', () => {
    const text = visibleText(html);
    expect(withoutScripts(html)).toMatch(/<h1\b[^>]*>Libya: Haftar’s army in control of Derna<\/h1>/);
    expect(html.match(/<h1\b/g)).toHaveLength(1);
    expect(text).toContain(seed.category.name);
    expect(text).toContain(`By ${seed.author.name}`);
    expect(html).toContain('<time dateTime="2018-06-06T08:00:00.000Z">6 June 2018</time>');
    expect(text).toContain(seed.dateline);
  });

  it('marks up "Show More" as a real button that controls the rest of the story', () => {
    const button = withoutScripts(html).match(/<button\b[^>]*aria-controls[^>]*>[\s\S]*?<\/button>/)?.[0] ?? '';
    const attributes = attributesOf(button.match(/<button\b[^>]*>/)?.[0] ?? '');
    expect(button).toContain('>Show More</button>');
    expect(attributes).toMatchObject({ type: 'button', 'aria-expanded': 'false', 'aria-controls': 'story-rest' });
    const rest = withoutScripts(html).match(/<div id="story-rest"[^>]*>([\s\S]*?)<\/div>/);
    expect(rest).not.toBeNull();
    // Collapsed by CSS only when scripts run; never by the markup, which would hide it without JS.
    expect(attributesOf(rest?.[0].match(/<div\b[^>]*>/)?.[0] ?? '')).not.toHaveProperty('hidden');
    expect(visibleText(rest?.[1] ?? '')).toContain(seed.paragraphs.at(-1)?.replace(/\s+/g, ' '));
    expect(visibleText(rest?.[1] ?? '')).not.toContain(seed.paragraphs[0]);
  });

  it('ends with the comments area and the reply form', () => {
    const text = visibleText(html);
    expect(text).toContain('No comments yet');
    expect(text).toContain('Leave a Reply');
    // A server action: without JavaScript the browser posts the form to the story itself.
    expect(attributesOf(html.match(/<form\b(?![^>]*role="search")[^>]*>/)?.[0] ?? '')).toMatchObject({ method: 'POST', action: `/news/${DERNA_SLUG}#respond` });
    expect(html).toMatch(/<input type="hidden" name="\$ACTION_/);
    expect(html.indexOf('id="comments"')).toBeGreaterThan(html.indexOf('id="story-rest"'));
  });
});

describe('a short story', () => {
  it('shows its whole text and no Show More control', async () => {
    const { slug, fixture } = await publishArticle({ title: 'A short dispatch' });
    const { response, html } = await fetchPage(`${stack.webUrl()}/news/${slug}`);
    expect(response.status).toBe(200);
    expect(visibleText(html)).toContain(fixture.body[0]?.children[0]?.text);
    expect(html).not.toContain('aria-controls');
    expect(html).not.toContain('Show More');
  });
});

describe('a story that does not exist', () => {
  it.each(['no-such-story', 'x..', '%3Cscript%3E'])('answers /news/%s with HTTP 404 and the site look', async (slug) => {
    const { response, html } = await fetchPage(`${stack.webUrl()}/news/${slug}`);
    expect(response.status).toBe(404);
    expect(visibleText(html)).toContain('Story not found');
    expect(html).toContain('site-header');
  });
});
