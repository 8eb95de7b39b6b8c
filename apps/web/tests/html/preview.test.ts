import { attributesOf, fetchPage, visibleText } from './html';
import { publishArticle, stack } from './stack';

const previewUrl = (params: Record<string, string>) => `${stack.webUrl()}/api/preview?${new URLSearchParams(params)}`;
const cookieOf = (response: Response) => response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');

describe('editor preview', () => {
  let slug = '';
  const draftTitle = `Draft headline ${Date.now()}`;

  beforeAll(async () => {
    const published = await publishArticle({ title: 'Published headline' });
    slug = published.slug;
    // A page a reader has already seen, so it is in the cache the preview must not pollute.
    expect((await fetchPage(`${stack.webUrl()}/news/${slug}`)).response.status).toBe(200);
    const editor = await stack.editor();
    expect((await editor.update(published.documentId, { title: draftTitle })).status).toBe(200);
  });

  it('refuses a wrong or missing secret, and sets no cookie', async () => {
    for (const secret of ['wrong-secret-wrong-secret', '']) {
      const { response } = await fetchPage(previewUrl({ secret, slug, status: 'draft' }));
      expect(response.status).toBe(401);
      expect(response.headers.getSetCookie()).toEqual([]);
    }
  });

  it('refuses slugs that could redirect elsewhere', async () => {
    const secret = stack.secret('PREVIEW_SECRET');
    for (const bad of ['//evil.example', 'https://evil.example', '../admin', '']) {
      expect((await fetchPage(previewUrl({ secret, slug: bad }))).response.status).toBe(400);
    }
  });

  it('with the right secret, shows the editor the draft with a preview banner', async () => {
    const { response } = await fetchPage(previewUrl({ secret: stack.secret('PREVIEW_SECRET'), slug, status: 'draft' }));
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toMatch(new RegExp(`/news/${slug}$`));
    const cookie = cookieOf(response);
    expect(cookie).toContain('__prerender_bypass=');

    const preview = await fetchPage(`${stack.webUrl()}/news/${slug}`, { headers: { cookie } });
    const text = visibleText(preview.html);
    expect(text).toContain(draftTitle);
    expect(text).toContain('Preview mode');
    expect(attributesOf(preview.html.match(/<form\b[^>]*>/)?.[0] ?? '')).toMatchObject({ method: 'post', action: '/api/preview/disable' });
  });

  it('never shows the draft to readers without the cookie', async () => {
    for (let i = 0; i < 2; i += 1) {
      const { response, html } = await fetchPage(`${stack.webUrl()}/news/${slug}`);
      expect(response.status).toBe(200);
      expect(visibleText(html)).toContain('Published headline');
      expect(html).not.toContain(draftTitle);
      expect(html).not.toContain('Preview mode');
    }
  });

  it('leaves preview mode and returns to the live story', async () => {
    const { response } = await fetchPage(`${stack.webUrl()}/api/preview/disable`, {
      method: 'POST',
      headers: { referer: `${stack.webUrl()}/news/${slug}` },
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/news/${slug}`);
    expect(response.headers.getSetCookie().join(';')).toMatch(/__prerender_bypass=;|Expires=Thu, 01 Jan 1970/i);
  });
});
