import type { Core } from '@strapi/strapi';
import { storyListQuerySchema, type StoryList, type StorySummary } from '@derna/contracts';
import type { z } from 'zod';
import { StoryError } from './story-error';
import { SUMMARY_POPULATE, SUMMARY_SELECT, toStorySummary, type SummaryRow } from './public-story';
import { createStoryTally, joinTableOf, type Owner } from './story-tally';

const ARTICLE = 'api::article.article';
export type ListQuery = z.output<typeof storyListQuerySchema>;

/** Approved-comment counts of the given stories, in one statement (comment_tallies). */
const commentCounts = async (strapi: Core.Strapi, documentIds: string[]): Promise<Map<string, number>> => {
  if (documentIds.length === 0) return new Map();
  const rows: Array<{ article: string; approved: number | string }> = await strapi.db
    .connection('comment_tallies')
    .select('article', 'approved')
    .whereIn('article', documentIds);
  return new Map(rows.map(({ article, approved }) => [article, Number(approved)]));
};

/** Rows in the given order, as public summaries with their counts. */
export const summariesOf = async (strapi: Core.Strapi, rows: SummaryRow[]): Promise<StorySummary[]> => {
  const counts = await commentCounts(strapi, rows.map(({ documentId }) => documentId));
  return rows.map((row) => toStorySummary(row, counts.get(row.documentId) ?? 0));
};

/** Published rows with the given ids, in that order (search ranks them; this fetches them). */
export const summariesByIds = async (strapi: Core.Strapi, ids: number[]): Promise<StorySummary[]> => {
  if (ids.length === 0) return [];
  const rows = (await strapi.db.query(ARTICLE).findMany({
    where: { id: { $in: ids }, publishedAt: { $notNull: true } },
    select: SUMMARY_SELECT,
    populate: SUMMARY_POPULATE,
  })) as SummaryRow[];
  const byId = new Map(rows.map((row) => [row.id, row]));
  return summariesOf(strapi, ids.flatMap((id) => (byId.has(id) ? [byId.get(id) as SummaryRow] : [])));
};

const findSection = async (strapi: Core.Strapi, slug: string) => {
  const section = await strapi.db.query('api::category.category').findOne({ where: { slug }, select: ['id', 'name', 'slug'] });
  if (!section) throw new StoryError(404, 'NotFoundError', `There is no section "${slug}".`);
  return { id: section.id as number, public: { name: section.name as string, slug: section.slug as string } };
};

const findAuthor = async (strapi: Core.Strapi, slug: string) => {
  const author = await strapi.db.query('api::author.author').findOne({ where: { slug }, select: ['id', 'name', 'slug', 'bio'] });
  if (!author) throw new StoryError(404, 'NotFoundError', `There is no author "${slug}".`);
  return { id: author.id as number, public: { name: author.name as string, slug: author.slug as string, bio: (author.bio as string | null) ?? null } };
};

/**
 * Published rows of the list, in plain SQL: the relation filters as EXISTS on Strapi's link
 * tables (no join, no DISTINCT), so the planner can walk the published-date index in order.
 */
const listRows = (strapi: Core.Strapi, query: ListQuery, owners: { section?: number; author?: number }) => {
  const knex = strapi.db.connection;
  const rows = knex('articles as a').whereNotNull('a.published_at');
  for (const [relation, id] of [['category', owners.section], ['author', owners.author]] as const) {
    if (id === undefined) continue;
    const link = joinTableOf(strapi, relation);
    rows.whereExists(
      knex(`${link.name} as l`).select(knex.raw('1')).whereRaw(`l.${link.joinColumn.name} = a.id`).where(`l.${link.inverseJoinColumn.name}`, id),
    );
  }
  if (query.featured) rows.where('a.featured', strapi.db.dialect.client === 'postgres' ? true : 1);
  if (query.exclude) rows.whereNot('a.slug', query.exclude);
  return rows;
};

/** The one owner a list is of, when nothing else narrows it: its count is kept (story-tally). */
const talliedOwner = (query: ListQuery, owners: { section?: number; author?: number }): Owner | null => {
  if (query.featured || query.exclude) return null;
  if (owners.section !== undefined && owners.author === undefined) return { relation: 'category', id: owners.section };
  if (owners.author !== undefined && owners.section === undefined) return { relation: 'author', id: owners.author };
  return null;
};

/**
 * How many rows the list has. A section's or author's from story_tallies (counting its stories
 * through the link table grows with the section); the front page's through the published-date
 * index, whose count PostgreSQL answers from the index alone.
 */
const countRows = async (strapi: Core.Strapi, query: ListQuery, owners: { section?: number; author?: number }) => {
  const owner = talliedOwner(query, owners);
  if (owner) return [{ total: await createStoryTally(strapi).count(owner) }];
  return listRows(strapi, query, owners).count({ total: '*' }) as Promise<Array<{ total: number | string }>>;
};

/** The front page's lead: the newest story an editor featured, or null. */
const newestFeatured = async (strapi: Core.Strapi): Promise<StorySummary | null> => {
  const rows = (await listRows(strapi, { featured: 'true', page: 1, pageSize: 1 }, {})
    .select('a.id')
    .orderBy([{ column: 'a.published_date', order: 'desc' }, { column: 'a.id', order: 'desc' }])
    .limit(1)) as Array<{ id: number }>;
  const [lead] = await summariesByIds(strapi, rows.map(({ id }) => Number(id)));
  return lead ?? null;
};

/**
 * A page of published stories, newest first, optionally of one section or author, featured
 * only, or without one story. Constant work per page: the page's ids (through the published-date
 * index), their count, their relations, and their comment counts in one statement.
 */
export const listStories = async (strapi: Core.Strapi, query: ListQuery): Promise<StoryList> => {
  const { page, pageSize } = query;
  const [section, author] = await Promise.all([
    query.section ? findSection(strapi, query.section) : null,
    query.author ? findAuthor(strapi, query.author) : null,
  ]);
  const owners = { section: section?.id, author: author?.id };
  const [ids, [count]] = await Promise.all([
    listRows(strapi, query, owners)
      .select('a.id')
      .orderBy([{ column: 'a.published_date', order: 'desc' }, { column: 'a.id', order: 'desc' }])
      .offset((page - 1) * pageSize)
      .limit(pageSize) as Promise<Array<{ id: number }>>,
    countRows(strapi, query, owners),
  ]);
  const total = Number(count?.total ?? 0);
  return {
    ...(query.lead ? { lead: await newestFeatured(strapi) } : {}),
    stories: await summariesByIds(strapi, ids.map(({ id }) => Number(id))),
    pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
    section: section?.public ?? null,
    author: author?.public ?? null,
  };
};
