import type { AdminConfig } from './types';

export const authorAdmin: AdminConfig = {
  uid: 'api::author.author',
  kind: 'contentType',
  settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
  fields: {
    name: { label: 'Name', description: 'As it appears in the byline.' },
    slug: { label: 'URL slug', description: 'Made from the name; used in addresses.' },
    bio: { label: 'Biography', description: 'A line or two about the writer.' },
  },
  list: ['name', 'slug'],
  edit: [[['name', 6], ['slug', 6]], [['bio', 12]]],
};
