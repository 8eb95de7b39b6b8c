import { buildArticle, publishArticle, stack } from './stack';
import { waitFor } from './html';

const DERNA_SLUG = 'libya-haftars-army-in-control-of-derna';
const get = async (path: string) => {
  const response = await fetch(`${stack.webUrl()}${path}`);
  return { response, body: await response.text() };
};

describe('sitemap, robots and feed', () => {
  const draft = buildArticle({ title: 'Embargoed draft' });
  let older: Awaited<ReturnType<typeof publishArticle>>;
  let published: Awaited<ReturnType<typeof publishArticle>>;

  beforeAll(async () => {
    // A draft exists before the lists are rebuilt by a later publish: so its absence means something.
    const editor = await stack.editor();
    expect((await editor.createDraft(draft)).status).toBe(201);
    // Two stories of our own: other suites publish many, so the 2018 story may be past the feed's 20.
    older = await publishArticle({ title: 'Feed check: the earlier story' });
    published = await publishArticle({ title: 'Feed check: “Tripoli” & <Benghazi>' });
    const storyUrl = `${stack.webUrl()}/news/${published.slug}`;
    await waitFor(async () => (await get('/sitemap.xml')).body.includes(storyUrl));
    await waitFor(async () => (await get('/feed.xml')).body.includes(storyUrl));
  }, 60_000);

  it('lists published stories in the sitemap, never drafts', async () => {
    const { response, body } = await get('/sitemap.xml');
    expect(response.status).toBe(200);
    expect(body).toContain(`<loc>${stack.webUrl()}/news/${DERNA_SLUG}</loc>`);
    expect(body).toContain(`<loc>${stack.webUrl()}/news/${published.slug}</loc>`);
    expect(body).not.toContain(draft.slug);
  });

  it('lets robots crawl stories and points them at the sitemap', async () => {
    const { response, body } = await get('/robots.txt');
    expect(response.status).toBe(200);
    expect(body).toContain(`Sitemap: ${stack.webUrl()}/sitemap.xml`);
    expect(body).toMatch(/Disallow: \/api\//);
    expect(body).not.toMatch(/Disallow: \/(\s|$|news)/);
  });

  it('publishes an RSS 2.0 feed of the latest stories, escaped, without drafts', async () => {
    const { response, body } = await get('/feed.xml');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/rss+xml');
    expect(body.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(body).toContain('<rss version="2.0"');
    expect(body).toContain(`<link>${stack.webUrl()}/news/${older.slug}</link>`);
    expect(body).toContain('<title>Feed check: “Tripoli” &amp; &lt;Benghazi&gt;</title>');
    expect(body).not.toContain('<Benghazi>');
    expect(body).not.toContain(draft.slug);
    expect(body).not.toContain('Embargoed draft');
    // Newest first: the story just published comes before the one published before it.
    expect(body.indexOf(published.slug)).toBeLessThan(body.indexOf(older.slug));
    // Every & starts an entity: no raw ampersand can make the XML ill-formed.
    expect(body).not.toMatch(/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i);
  });
});
