import { fetchPage, jsonLdBlocks, metaContent } from './html';
import { publishArticle, stack } from './stack';

const DERNA_SLUG = 'libya-haftars-army-in-control-of-derna';

type NewsArticle = Record<string, unknown> & {
  author: Array<{ name: string }>;
  publisher: { name: string; logo: { url: string } };
  mainEntityOfPage: { '@id': string };
};

describe('metadata and structured data of a story', () => {
  let html = '';
  const canonical = () => `${stack.webUrl()}/news/${DERNA_SLUG}`;

  beforeAll(async () => {
    ({ html } = await fetchPage(canonical()));
  });

  it('has a title, description and canonical link', () => {
    expect(html).toContain("<title>Libya: Haftar&#x27;s army in control of Derna | Derna Newsroom</title>");
    expect(metaContent(html, 'description')).toMatch(/controls 75% of Derna/);
    expect(html).toContain(`<link rel="canonical" href="${canonical()}"/>`);
  });

  it('describes the story for Open Graph and Twitter', () => {
    expect(metaContent(html, 'og:type')).toBe('article');
    expect(metaContent(html, 'og:url')).toBe(canonical());
    expect(metaContent(html, 'og:title')).toBe("Libya: Haftar's army in control of Derna");
    expect(metaContent(html, 'og:site_name')).toBe('Derna Newsroom');
    expect(metaContent(html, 'article:published_time')).toBe('2018-06-06T08:00:00.000Z');
    expect(Date.parse(metaContent(html, 'article:modified_time') ?? '')).not.toBeNaN();
    expect(metaContent(html, 'article:section')).toBe('Libya');
    expect(metaContent(html, 'twitter:card')).toBe('summary');
    expect(metaContent(html, 'twitter:title')).toBe("Libya: Haftar's army in control of Derna");
  });

  it('carries one complete NewsArticle in JSON-LD', () => {
    const blocks = jsonLdBlocks(html);
    expect(blocks).toHaveLength(1);
    const data = blocks[0] as NewsArticle;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Libya: Haftar’s army in control of Derna',
      datePublished: '2018-06-06T08:00:00.000Z',
      articleSection: 'Libya',
      mainEntityOfPage: { '@type': 'WebPage', '@id': canonical() },
    });
    expect(Date.parse(String(data.dateModified))).toBeGreaterThanOrEqual(Date.parse('2018-06-06T08:00:00.000Z'));
    expect(data.author[0]?.name).toBe('Newsroom staff');
    expect(data.publisher.name).toBe('Derna Newsroom');
    expect(data.publisher.logo.url).toBe(`${stack.webUrl()}/logo.png`);
    expect(data).not.toHaveProperty('commentCount');
  });

  it('serves the publisher logo it points to', async () => {
    const logo = await fetch(`${stack.webUrl()}/logo.png`);
    expect(logo.status).toBe(200);
    expect(logo.headers.get('content-type')).toBe('image/png');
  });
});

describe('markup in an editor’s text', () => {
  it('cannot break out of the JSON-LD script or the page', async () => {
    const title = 'Attack </script><script>alert(1)</script> & <b>“quotes”</b>';
    const { slug } = await publishArticle({ title, dek: '<img src=x onerror=alert(1)>' });
    const { response, html } = await fetchPage(`${stack.webUrl()}/news/${slug}`);
    expect(response.status).toBe(200);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    const [data] = jsonLdBlocks(html) as Array<{ headline: string; description: string }>;
    expect(data?.headline).toBe(title);
    expect(data?.description).toBe('<img src=x onerror=alert(1)>');
  });
});
