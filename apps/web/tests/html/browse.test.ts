import { attributesOf, fetchPage, jsonLdBlocks, visibleText, waitFor, withoutScripts } from './html';
import { buildArticle, publishArticle, stack } from './stack';
import { createEntry, headingLevels, outlineProblems, paragraphs, publishStory } from './browse-fixtures';

const DERNA_SLUG = 'libya-haftars-army-in-control-of-derna';
const page = (path: string) => fetchPage(`${stack.webUrl()}${path}`);
const unique = Date.now().toString(36);
const WORD = `quillwort${unique}`;

let section: { documentId: string };
let author: { documentId: string };
let inSection: Awaited<ReturnType<typeof publishStory>>[];
let draftSlug: string;

/**
 * Fixtures of their own: 21 stories beyond Derna, so the front page has a second page. Dated
 * before the Derna story (2018), so the other files' checks of the latest stories still see it.
 */
beforeAll(async () => {
  section = await createEntry('category', { name: `Coast ${unique}`, slug: `coast-${unique}` });
  author = await createEntry('author', { name: `Nadia Browse ${unique}`, slug: `nadia-${unique}`, bio: 'Nadia reports from the coast & <the> hills.' });
  inSection = [];
  for (let index = 0; index < 5; index += 1) {
    const body = paragraphs(`A ${WORD} report, part ${index}. ${'Words of the report. '.repeat(index === 0 ? 300 : 10)}`);
    inSection.push(await publishStory({ title: `Coast story ${index} ${unique}`, body, publishedDate: `2010-01-0${index + 1}T08:00:00.000Z` }, section, author));
  }
  for (let index = 0; index < 16; index += 1) {
    await publishArticle({ title: `Filler story ${index} ${unique}`, publishedDate: `2001-01-${String(index + 1).padStart(2, '0')}T08:00:00.000Z` });
  }
  const editor = await stack.editor();
  const draft = buildArticle({ title: `Draft ${WORD}`, body: paragraphs(`${WORD} embargoed`) });
  await editor.createDraft(draft);
  draftSlug = draft.slug;
  // The last publish names `articles`: wait until the lists show it.
  await waitFor(async () => (await page(`/section/coast-${unique}`)).response.status === 200, 20_000);
  await waitFor(async () => visibleText((await page('/')).html).includes('Page 1 of'), 20_000);
}, 120_000);

describe('the front page', () => {
  const relLink = (html: string, rel: string) =>
    [...html.matchAll(/<a\b[^>]*>/g)].map(([tag]) => attributesOf(tag)).find((link) => link.rel === rel)?.href;
  const pageCount = (html: string) => Number(visibleText(html).match(/Page 1 of (\d+)/)?.[1] ?? 0);

  it('leads with a story, lists the latest with section, byline, date and comment count, and pages on', async () => {
    const { response, html } = await page('/');
    expect(response.status).toBe(200);
    expect(html).toMatch(/<article class="lead-story"[\s\S]*?<h2[^>]*><a href="\/news\//);
    const teasers = html.match(/<article class="teaser">[\s\S]*?<\/article>/g) ?? [];
    expect(teasers.length).toBeGreaterThanOrEqual(19);
    for (const teaser of teasers) {
      expect(teaser).toMatch(/<time dateTime="/);
      expect(visibleText(teaser)).toMatch(/\d+ comments?/);
    }
    expect(html).not.toContain(draftSlug);
    const nav = html.match(/<nav class="pagination" aria-label="Pages">[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(relLink(nav, 'next')).toBe('/page/2');
    expect(pageCount(html)).toBeGreaterThanOrEqual(2);
    expect(outlineProblems(headingLevels(withoutScripts(html)))).toEqual([]);
  });

  it('ends with the oldest story on its last page, with a way back; 404s past the end', async () => {
    const last = pageCount((await page('/')).html);
    const { response, html } = await page(`/page/${last}`);
    expect(response.status).toBe(200);
    expect(visibleText(html)).toContain(`Filler story 0 ${unique}`);
    expect(relLink(html, 'prev')).toBe(last === 2 ? '/' : `/page/${last - 1}`);
    expect(relLink(html, 'next')).toBeUndefined();
    expect((await page('/page/1')).response.status).toBe(308);
    for (const missing of [`/page/${last + 1}`, '/page/0', '/page/two']) expect((await page(missing)).response.status).toBe(404);
  });

  it("leads with the story an editor features", async () => {
    const editor = await stack.editor();
    const featured = inSection[2] as { documentId: string; slug: string };
    await editor.update(featured.documentId, { featured: true });
    await editor.publish(featured.documentId);
    const lead = async () => (await page('/')).html.match(/<article class="lead-story"[\s\S]*?<\/article>/)?.[0] ?? '';
    await waitFor(async () => (await lead()).includes(`/news/${featured.slug}`), 10_000);
    await editor.update(featured.documentId, { featured: false });
    await editor.publish(featured.documentId);
    await waitFor(async () => !(await lead()).includes(`/news/${featured.slug}`), 10_000);
  });

  it('shows a new story within seconds of publishing, and drops it when unpublished', async () => {
    const fresh = await publishArticle({ title: `Breaking ${unique}` });
    await waitFor(async () => (await page('/')).html.includes(`Breaking ${unique}`), 10_000);
    const editor = await stack.editor();
    await editor.unpublish(fresh.documentId);
    await waitFor(async () => !(await page('/')).html.includes(`Breaking ${unique}`), 10_000);
  });
});

describe('section and author pages', () => {
  it('lists a section newest first with its own feed; unknown sections are 404s', async () => {
    const { response, html } = await page(`/section/coast-${unique}`);
    expect(response.status).toBe(200);
    expect(html).toMatch(new RegExp(`<h1[^>]*>Coast ${unique}</h1>`));
    const text = visibleText(html);
    expect(text.indexOf(`Coast story 4 ${unique}`)).toBeLessThan(text.indexOf(`Coast story 0 ${unique}`));
    expect(text).not.toContain('Filler story');
    expect(html).toContain(`href="/section/coast-${unique}/feed.xml"`);
    expect(outlineProblems(headingLevels(withoutScripts(html)))).toEqual([]);
    const feed = await page(`/section/coast-${unique}/feed.xml`);
    expect(feed.response.headers.get('content-type')).toContain('application/rss+xml');
    expect(feed.html).toContain(`<title>Derna Newsroom: Coast ${unique}</title>`);
    expect(feed.html).toContain(`/news/${inSection[0]?.slug}</link>`);
    expect((await page('/section/no-such-section')).response.status).toBe(404);
    expect((await page('/section/no-such-section/feed.xml')).response.status).toBe(404);
  });

  it("shows an author's bio, escaped, and their stories; unknown authors are 404s", async () => {
    const { response, html } = await page(`/author/nadia-${unique}`);
    expect(response.status).toBe(200);
    expect(html).toContain('Nadia reports from the coast &amp; &lt;the&gt; hills.');
    expect(visibleText(html)).toContain(`Coast story 2 ${unique}`);
    expect(visibleText(html)).not.toContain('Filler story');
    expect((await page(`/author/nadia-${unique}/feed.xml`)).response.status).toBe(200);
    expect((await page('/author/nobody-at-all')).response.status).toBe(404);
  });
});

describe('the story page', () => {
  it('links its section through a breadcrumb, with BreadcrumbList structured data', async () => {
    const { html } = await page(`/news/${inSection[0]?.slug}`);
    const nav = html.match(/<nav aria-label="Breadcrumb"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect(nav).toContain('href="/"');
    expect(nav).toContain(`href="/section/coast-${unique}"`);
    const [article] = jsonLdBlocks(html) as Array<{ mainEntityOfPage: { breadcrumb: { '@type': string; itemListElement: Array<{ name: string; item?: string }> } } }>;
    const crumbs = article?.mainEntityOfPage.breadcrumb;
    expect(crumbs?.['@type']).toBe('BreadcrumbList');
    expect(crumbs?.itemListElement.map(({ name }) => name)).toEqual(['Home', `Coast ${unique}`, `Coast story 0 ${unique}`]);
    expect(crumbs?.itemListElement[1]?.item).toBe(`${stack.webUrl()}/section/coast-${unique}`);
  });

  it('links the byline to the author and says how long it takes to read', async () => {
    const { html } = await page(`/news/${inSection[0]?.slug}`);
    expect(html).toContain(`By <a href="/author/nadia-${unique}">Nadia Browse ${unique}</a>`);
    // About 1,200 words at 238 a minute.
    expect(visibleText(html)).toMatch(/\b5 min read\b/);
  });

  it('offers share links that load no third-party script', async () => {
    const { html } = await page(`/news/${inSection[0]?.slug}`);
    const url = encodeURIComponent(`${stack.webUrl()}/news/${inSection[0]?.slug}`);
    const links = [...html.matchAll(/<a [^>]*data-network="[^"]+"[^>]*>/g)].map(([tag]) => attributesOf(tag));
    expect(links.map((link) => link['data-network'])).toEqual(['x', 'facebook', 'whatsapp', 'linkedin', 'email']);
    expect(links.every((link) => link.href?.includes(url))).toBe(true);
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map(([, src]) => src as string);
    expect(scripts.filter((src) => !src.startsWith('/_next/'))).toEqual([]);
  });

  it('lists related stories of its section, newest first, never itself', async () => {
    const { html } = await page(`/news/${inSection[0]?.slug}`);
    const related = html.match(/<section class="related"[\s\S]*?<\/section>/)?.[0] ?? '';
    const slugs = [...related.matchAll(/href="\/news\/([^"#]+)"/g)].map(([, slug]) => slug);
    expect(slugs).toEqual([4, 3, 2, 1].map((index) => inSection[index]?.slug));
    expect(outlineProblems(headingLevels(withoutScripts(html)))).toEqual([]);
  });
});

describe('search', () => {
  it('has a labelled search box in the header of every page', async () => {
    for (const path of ['/', `/news/${DERNA_SLUG}`, `/section/coast-${unique}`, '/search']) {
      const { html } = await page(path);
      expect(html).toMatch(/<form role="search" aria-label="Site search"[^>]*action="\/search" method="get"/);
      expect(html).toContain('<label for="site-search">Search stories</label>');
    }
  });

  it('renders ranked results with the passage highlighted, published stories only', async () => {
    const { response, html } = await page(`/search?q=${WORD}`);
    expect(response.status).toBe(200);
    const text = visibleText(html);
    expect(text).toContain(`5 stories match “${WORD}”`);
    expect(html).toContain(`<mark>${WORD}</mark>`);
    expect(text).not.toContain(`Draft ${WORD}`);
    expect(outlineProblems(headingLevels(withoutScripts(html)))).toEqual([]);
  });

  it('echoes the query escaped, and says clearly when nothing matches', async () => {
    const { response, html } = await page(`/search?q=${encodeURIComponent('<script>alert(1)</script> zzqqxx')}`);
    expect(response.status).toBe(200);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(visibleText(html)).toContain('No stories match “<script>alert(1)</script> zzqqxx”');
  });

  it('asks for words when the query is empty', async () => {
    expect(visibleText((await page('/search?q=')).html)).toContain('Type one or more words to search the stories.');
  });
});
