import type { AdminConfig } from './types';

/** Stories: what the reader sees first (headline, standfirst, text), then where it sits, then SEO. */
export const articleAdmin: AdminConfig = {
  uid: 'api::article.article',
  kind: 'contentType',
  settings: { mainField: 'title', defaultSortBy: 'updatedAt', defaultSortOrder: 'DESC' },
  fields: {
    title: { label: 'Headline' },
    slug: {
      label: 'URL slug',
      description: 'The story’s address, /news/<slug>, made from the headline. Changing it after publishing changes the address.',
    },
    dek: { label: 'Standfirst', description: 'Standfirst — the summary under the headline, also used for search and sharing.' },
    body: { label: 'Story text' },
    cover: { label: 'Cover image', description: 'Set its alternative text and caption in the Media Library.' },
    coverCredit: { label: 'Cover credit', description: 'Who made the cover picture, shown under it (e.g. Reuters/Esam Omran Al-Fetori).' },
    featured: { label: 'Lead story', description: 'Lead the front page with this story (the newest featured story leads).' },
    author: { label: 'Author', description: 'The byline.' },
    category: { label: 'Section', description: 'The section the story belongs to, such as World.' },
    dateline: { label: 'Dateline', description: 'Where the story was filed from, e.g. DERNA, Libya.' },
    publishedDate: {
      label: 'First published',
      description: 'Set when the story is first published and kept on corrections; readers see this date.',
    },
    commentStatus: { label: 'Comments', description: 'Comments: open or closed. Closed takes no new comments.' },
    seo: { label: 'Search and sharing (SEO)', description: 'Optional overrides for search engines and social networks.' },
  },
  list: ['title', 'category', 'author', 'publishedDate'],
  edit: [
    [['title', 12]],
    [['dek', 12]],
    [['body', 12]],
    [['cover', 6], ['coverCredit', 6]],
    [['dateline', 6], ['featured', 6]],
    [['author', 6], ['category', 6]],
    [['slug', 6], ['commentStatus', 6]],
    [['publishedDate', 6]],
    [['seo', 12]],
  ],
};
