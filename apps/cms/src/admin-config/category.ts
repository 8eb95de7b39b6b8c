import type { AdminConfig } from './types';

/** Categories are the site's sections. */
export const categoryAdmin: AdminConfig = {
  uid: 'api::category.category',
  kind: 'contentType',
  settings: { mainField: 'name', defaultSortBy: 'name', defaultSortOrder: 'ASC' },
  fields: {
    name: { label: 'Section name', description: 'As readers see it on the story, such as World.' },
    slug: { label: 'URL slug', description: 'Made from the name; used in addresses.' },
  },
  list: ['name', 'slug'],
  edit: [[['name', 6], ['slug', 6]]],
};
