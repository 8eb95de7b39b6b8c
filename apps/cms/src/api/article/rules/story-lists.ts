import type { Core } from '@strapi/strapi';
import { storyListQuerySchema, type StoryList, type StorySummary } from '@derna/contracts';
import type { z } from 'zod';
import { StoryError } from './story-error';
import { SUMMARY_POPULATE, SUMMARY_SELECT, toStorySummary, type SummaryRow } from './public-story';

const ARTICLE = 'api::article.article';
/** Newest first; matches the partial index articles_published_order_idx (bootstrap/indexes.ts). */
export const NEWEST_FIRST = [{ publishedDate: 'desc' as const }, { id: 'desc' as const }];

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
  const section = await strapi.db.query('api::category.category').findOne({ where: { slug }, select: ['name', 'slug'] });
  if (!section) throw new StoryError(404, 'NotFoundError', `There is no section "${slug}".`);
  return { name: section.name as string, slug: section.slug as string };
};

const findAuthor = async (strapi: Core.Strapi, slug: string) => {
  const author = await strapi.db.query('api::author.author').findOne({ where: { slug }, select: ['name', 'slug', 'bio'] });
  if (!author) throw new StoryError(404, 'NotFoundError', `There is no author "${slug}".`);
  return { name: author.name as string, slug: author.slug as string, bio: (author.bio as string | null) ?? null };
};

/**
 * A page of published stories, newest first, optionally of one section or author, featured
 * only, or without one story. Constant work per page: the page's rows (through the published-date
 * index), their count, their relations, and their comment counts in one statement.
 */
export const listStories = async (strapi: Core.Strapi, query: ListQuery): Promise<StoryList> => {
  const { page, pageSize } = query;
  const [section, author] = await Promise.all([
    query.section ? findSection(strapi, query.section) : null,
    query.author ? findAuthor(strapi, query.author) : null,
  ]);
  const where = {
    publishedAt: { $notNull: true },
    ...(section ? { category: { slug: section.slug } } : {}),
    ...(author ? { author: { slug: author.slug } } : {}),
    ...(query.featured ? { featured: true } : {}),
    ...(query.exclude ? { slug: { $ne: query.exclude } } : {}),
  };
  const articles = strapi.db.query(ARTICLE);
  const [rows, total] = await Promise.all([
    articles.findMany({
      where,
      select: SUMMARY_SELECT,
      populate: SUMMARY_POPULATE,
      orderBy: NEWEST_FIRST,
      offset: (page - 1) * pageSize,
      limit: pageSize,
    }) as Promise<SummaryRow[]>,
    articles.count({ where }),
  ]);
  return {
    stories: await summariesOf(strapi, rows),
    pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
    section,
    author,
  };
};
