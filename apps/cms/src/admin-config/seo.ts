import type { AdminConfig } from './types';

export const seoAdmin: AdminConfig = {
  uid: 'shared.seo',
  kind: 'component',
  settings: { mainField: 'metaTitle' },
  fields: {
    metaTitle: { label: 'Search title', description: 'Shown by search engines and when shared. Empty: the headline. Up to 70 characters.' },
    metaDescription: { label: 'Search description', description: 'Empty: the standfirst. Up to 160 characters.' },
    canonicalUrl: {
      label: 'Canonical URL',
      description: 'Only for a story first published elsewhere: its full original address, starting with https://.',
      placeholder: 'https://example.com/original-story',
    },
  },
  list: ['metaTitle', 'metaDescription', 'canonicalUrl'],
  edit: [[['metaTitle', 12]], [['metaDescription', 12]], [['canonicalUrl', 12]]],
};
