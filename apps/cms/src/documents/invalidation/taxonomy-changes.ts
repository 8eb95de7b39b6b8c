import { cacheTags } from '@derna/contracts';
import type { ChangeMap } from './types';

/**
 * An author or a section renamed or removed changes every story page and list that shows it.
 * They are few and change rarely, so the whole `articles` tag goes, stale-while-revalidate.
 */
const taxonomy = (uid: string): ChangeMap => ({
  uid,
  actions: new Set(['update', 'delete']),
  before: async () => async () => [{ tags: [cacheTags.articleList], immediate: false }],
});

export const authorChanges = taxonomy('api::author.author');
export const sectionChanges = taxonomy('api::category.category');
