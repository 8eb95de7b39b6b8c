import { fetchPage, visibleText, waitFor } from './html';
import { stack } from './stack';
import { createEntry, paragraphs, publishStory } from './browse-fixtures';

const unique = `dir${Date.now().toString(36)}`;
const page = (path: string) => fetchPage(`${stack.webUrl()}${path}`);
const sectionsNav = (html: string) => html.match(/<nav aria-label="Sections"[\s\S]*?<\/nav>/)?.[0] ?? '';
const sitemap = async () => (await page('/sitemap.xml')).html;
const loc = (path: string) => `<loc>${stack.webUrl()}${path}</loc>`;

let section: { documentId: string };
let story: Awaited<ReturnType<typeof publishStory>>;

/** A section and an author of their own, with one published story; an empty section beside them. */
beforeAll(async () => {
  section = await createEntry('category', { name: `Wadi ${unique}`, slug: `wadi-${unique}` });
  const author = await createEntry('author', { name: `Salma ${unique}`, slug: `salma-${unique}` });
  await createEntry('category', { name: `Empty ${unique}`, slug: `empty-${unique}` });
  story = await publishStory({ title: `Wadi story ${unique}`, body: paragraphs('From the wadi.') }, section, author);
  await waitFor(async () => sectionsNav((await page('/')).html).includes(`/section/wadi-${unique}`), 20_000);
}, 60_000);

describe('the header', () => {
  it('links every section with published stories, in a labelled nav, on every page, without script', async () => {
    for (const path of ['/', `/news/${story.slug}`, `/section/wadi-${unique}`, `/author/salma-${unique}`, '/search?q=wadi', '/no-such-page']) {
      // A page cached before the publish is served stale once while it renders again.
      await waitFor(async () => sectionsNav((await page(path)).html).includes(`/section/wadi-${unique}`), 10_000);
      const nav = sectionsNav((await page(path)).html);
      expect(nav).toContain(`<a href="/section/wadi-${unique}">Wadi ${unique}</a>`);
      expect(nav).toContain('<a href="/">Latest</a>');
      expect(nav).not.toContain(`empty-${unique}`);
      expect(nav).not.toMatch(/<script|\son[a-z]+=/i);
      // Every section link leads somewhere real.
      expect(visibleText(nav)).toContain(`Wadi ${unique}`);
    }
    expect((await page(`/section/wadi-${unique}`)).response.status).toBe(200);
  });
});

describe('the sitemap', () => {
  it('lists the section and author pages that have published stories, with their dates', async () => {
    await waitFor(async () => (await sitemap()).includes(loc(`/section/wadi-${unique}`)), 10_000);
    const body = await sitemap();
    expect(body).toContain(loc(`/author/salma-${unique}`));
    expect(body).not.toContain(`empty-${unique}`);
    const entry = body.match(new RegExp(`<url>\\s*${loc(`/section/wadi-${unique}`)}[\\s\\S]*?</url>`))?.[0] ?? '';
    expect(entry).toMatch(/<lastmod>\d{4}-\d\d-\d\dT/);
  });
});

describe('freshness (the `articles` tag)', () => {
  it('shows a renamed section in the header and drops it from header and sitemap once it has no published story', async () => {
    const admin = stack.admin();
    const renamed = await admin.request('PUT', `/content-manager/collection-types/api::category.category/${section.documentId}`, { name: `Oasis ${unique}` });
    expect(renamed.status).toBe(200);
    await waitFor(async () => sectionsNav((await page('/')).html).includes(`>Oasis ${unique}</a>`), 10_000);

    await (await stack.editor()).unpublish(story.documentId);
    await waitFor(async () => !sectionsNav((await page('/')).html).includes(`wadi-${unique}`), 10_000);
    await waitFor(async () => !(await sitemap()).includes(`wadi-${unique}`), 10_000);
    expect(await sitemap()).not.toContain(`salma-${unique}`);
  });
});
