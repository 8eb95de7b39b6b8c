import { paragraphsToBlocks, type Article } from '@derna/contracts';
import { render } from '@testing-library/react';
import { JsonLd } from '@/components/site/json-ld';
import { newsArticleJsonLd } from '@/lib/json-ld';

const site = { siteUrl: 'https://news.test', siteName: 'Derna Newsroom', logoUrl: 'https://news.test/logo.png' };
const article: Article = {
  documentId: 'doc1',
  slug: 'a-story',
  title: 'Headline </script><script>alert(1)</script>',
  dek: null,
  body: paragraphsToBlocks(['First paragraph.']),
  cover: { url: 'https://cms.test/uploads/a.jpg', alt: 'A', caption: null, width: 10, height: 10, sources: [] },
  author: null,
  category: null,
  dateline: null,
  publishedDate: '2018-06-06T08:00:00.000Z',
  updatedAt: '2018-06-07T08:00:00.000Z',
  commentStatus: 'open',
  featured: false,
  coverCredit: null,
  seo: { metaTitle: null, metaDescription: null, canonicalUrl: 'https://elsewhere.test/original' },
};

describe('NewsArticle JSON-LD', () => {
  it('escapes "<" so no text can close the script, and still parses to the same data', () => {
    const data = newsArticleJsonLd(article, site);
    const { container } = render(<JsonLd data={data} />);
    const script = container.querySelector('script[type="application/ld+json"]');
    expect(script?.innerHTML).not.toContain('<');
    expect(JSON.parse(script?.textContent ?? '')).toEqual(data);
  });

  it('falls back sensibly and counts comments only when there are some', () => {
    expect(newsArticleJsonLd(article, site)).toMatchObject({
      description: 'First paragraph.',
      image: ['https://cms.test/uploads/a.jpg'],
      author: [{ '@type': 'Organization', name: 'Derna Newsroom' }],
      mainEntityOfPage: { '@id': 'https://elsewhere.test/original' },
    });
    expect(newsArticleJsonLd(article, site)).not.toHaveProperty('commentCount');
    expect(newsArticleJsonLd(article, { ...site, commentCount: 3 })).toHaveProperty('commentCount', 3);
  });

  it.each(['javascript:alert(1)', '/news/elsewhere', '//elsewhere.test/a', 'ftp://elsewhere.test/a'])(
    'ignores a canonical URL that is not an absolute http(s) address: %s',
    (canonicalUrl) => {
      const data = newsArticleJsonLd({ ...article, seo: { ...article.seo, canonicalUrl } }, site);
      expect(data).toMatchObject({ mainEntityOfPage: { '@id': 'https://news.test/news/a-story' } });
    },
  );
});
