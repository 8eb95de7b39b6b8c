import { render, screen } from '@testing-library/react';
import { paragraphsToBlocks, type Article } from '@derna/contracts';
import { Story } from '@/components/story/story';

const article = (overrides: Partial<Article> = {}): Article => ({
  documentId: 'doc1',
  slug: 'a-story',
  title: 'A headline',
  dek: 'The standfirst.',
  body: paragraphsToBlocks(['One.', 'Two.']),
  cover: null,
  author: { name: 'Amal Reporter', slug: 'amal', bio: null },
  category: { name: 'Libya', slug: 'libya' },
  dateline: 'Derna, Libya',
  publishedDate: '2018-06-06T08:00:00.000Z',
  updatedAt: '2018-06-07T08:00:00.000Z',
  commentStatus: 'open',
  featured: false,
  coverCredit: null,
  seo: { metaTitle: null, metaDescription: null, canonicalUrl: null },
  ...overrides,
});

const cover = { url: 'http://cms.test/uploads/derna.jpg', alt: 'The port of Derna', caption: 'Derna, June 2018', width: 1200, height: 800,
  sources: [
    { url: 'http://cms.test/uploads/small_derna.jpg', width: 500 },
    { url: 'http://cms.test/uploads/medium_derna.jpg', width: 750 },
  ],
};

describe('story header', () => {
  it('shows category, one h1, dek and a byline with a machine-readable date and dateline', () => {
    render(<Story article={article()} crumbs={[{ name: 'Home', path: '/' }, { name: 'Libya', path: '/section/libya' }, { name: 'A headline' }]} url="http://site.test/news/a-story" />);
    expect(screen.getByText('Libya')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('A headline');
    expect(screen.getByText('The standfirst.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Amal Reporter' })).toHaveAttribute('href', '/author/amal');
    expect(screen.getByRole('link', { name: 'Libya' })).toHaveAttribute('href', '/section/libya');
    expect(screen.getByText('1 min read')).toBeInTheDocument();
    expect(screen.getByText('6 June 2018')).toHaveAttribute('datetime', '2018-06-06T08:00:00.000Z');
    expect(screen.getByText('Derna, Libya')).toBeInTheDocument();
  });

  it('shows the cover with its alt text, size and caption, so nothing shifts as it loads', () => {
    render(<Story article={article({ cover })} crumbs={[]} url="http://site.test/news/a-story" />);
    const image = screen.getByRole('img', { name: 'The port of Derna' });
    expect(image).toHaveAttribute('width', '1200');
    expect(image).toHaveAttribute('height', '800');
    expect(screen.getByRole('figure')).toHaveTextContent('Derna, June 2018');
  });

  it("offers Strapi's smaller copies in srcset, so a phone downloads a phone-sized file", () => {
    render(<Story article={article({ cover })} crumbs={[]} url="http://site.test/news/a-story" />);
    const image = screen.getByRole('img', { name: 'The port of Derna' });
    expect(image).toHaveAttribute(
      'srcset',
      'http://cms.test/uploads/small_derna.jpg 500w, http://cms.test/uploads/medium_derna.jpg 750w, http://cms.test/uploads/derna.jpg 1200w',
    );
    expect(image).toHaveAttribute('sizes');
  });

  it('leaves out a cover whose size is unknown rather than let it push the text down', () => {
    render(<Story article={article({ cover: { ...cover, width: null, height: null } })} crumbs={[]} url="http://site.test/news/a-story" />);
    expect(screen.queryByRole('img')).toBeNull();
  });
});
