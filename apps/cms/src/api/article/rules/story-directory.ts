import type { Core } from '@strapi/strapi';
import type { DirectoryEntry, StoryDirectory } from '@derna/contracts';
import { joinTableOf } from './story-tally';

const ARTICLE = 'api::article.article';
const OWNERS = { category: 'api::category.category', author: 'api::author.author' } as const;

type EntryRow = { name: string; slug: string; updated_at: string | Date };

/**
 * The sections (or authors) with at least one published story, by name, each with the time its
 * newest story last changed. One grouped statement over Strapi's link table; drafts never count.
 */
const ownersWithStories = async (strapi: Core.Strapi, relation: keyof typeof OWNERS): Promise<DirectoryEntry[]> => {
  const knex = strapi.db.connection;
  const owners = strapi.db.metadata.get(OWNERS[relation]).tableName;
  const articles = strapi.db.metadata.get(ARTICLE).tableName;
  const link = joinTableOf(strapi, relation);
  const rows: EntryRow[] = await knex(`${owners} as o`)
    .join(`${link.name} as l`, `l.${link.inverseJoinColumn.name}`, 'o.id')
    .join(`${articles} as a`, 'a.id', `l.${link.joinColumn.name}`)
    .whereNotNull('a.published_at')
    .groupBy('o.id', 'o.name', 'o.slug')
    .orderBy([{ column: 'o.name' }, { column: 'o.id' }])
    .select('o.name', 'o.slug', knex.raw('max(a.updated_at) as updated_at'));
  return rows.map(({ name, slug, updated_at }) => ({ name, slug, updatedAt: new Date(updated_at).toISOString() }));
};

export const storyDirectory = async (strapi: Core.Strapi): Promise<StoryDirectory> => {
  const [sections, authors] = await Promise.all([ownersWithStories(strapi, 'category'), ownersWithStories(strapi, 'author')]);
  return { sections, authors };
};
