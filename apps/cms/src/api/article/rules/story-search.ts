import type { Core } from '@strapi/strapi';
import { searchQuerySchema, type PassagePart, type SearchResults } from '@derna/contracts';
import type { z } from 'zod';
import { summariesByIds } from './story-lists';

/** Private-use characters around each match in the passage; split into parts before it leaves. */
const START = '\uE000';
const STOP = '\uE001';
const MAX_WORDS = 12;

/** The page's article ids, best first, and each one's highlighted passage by document id. */
type Ranked = { ids: number[]; passages: Map<string, string>; total: number };
type Query = z.output<typeof searchQuerySchema>;

/**
 * PostgreSQL: websearch_to_tsquery (quotes, OR, -word, as readers type them in search engines),
 * the GIN index on the generated tsvector, ts_rank_cd with the title weighted highest; the
 * passage (ts_headline, costly) only for the page's rows.
 */
const rankPostgres = async (strapi: Core.Strapi, { q, page, pageSize }: Query): Promise<Ranked> => {
  const knex = strapi.db.connection;
  const { rows } = (await knex.raw(
    `WITH q AS (SELECT websearch_to_tsquery('english', ?) AS query),
     hits AS (
       SELECT a.id, ts_rank_cd(a.search_vector, q.query) AS rank, a.published_date
       FROM articles a, q WHERE a.published_at IS NOT NULL AND a.search_vector @@ q.query
     ),
     page AS (SELECT id, rank, published_date FROM hits ORDER BY rank DESC, published_date DESC NULLS LAST, id DESC LIMIT ? OFFSET ?)
     SELECT page.id, a.document_id, (SELECT count(*) FROM hits) AS total,
       ts_headline('english',
         coalesce(a.dek, '') || ' ' || coalesce((SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(a.body::jsonb, 'strict $.**.text') t), ''),
         q.query, 'StartSel=${START}, StopSel=${STOP}, MaxWords=40, MinWords=20, MaxFragments=1') AS passage
     FROM page JOIN articles a ON a.id = page.id, q
     ORDER BY page.rank DESC, page.published_date DESC NULLS LAST, page.id DESC`,
    [q, pageSize, (page - 1) * pageSize],
  )) as { rows: Array<{ id: number; document_id: string; total: string; passage: string }> };
  const total = rows.length ? Number(rows[0]?.total) : Number((await knex.raw(
    "SELECT count(*) AS total FROM articles WHERE published_at IS NOT NULL AND search_vector @@ websearch_to_tsquery('english', ?)",
    [q],
  )).rows[0]?.total ?? 0);
  return { ids: rows.map(({ id }) => Number(id)), passages: new Map(rows.map(({ document_id, passage }) => [document_id, passage])), total };
};

/**
 * SQLite fallback: FTS5 with every word the reader typed required (any order, Porter stemming);
 * FTS5's own query syntax is not exposed, so no input can make it fail. Ranked by bm25 with the
 * title weighted highest.
 */
export const ftsQuery = (q: string): string | null => {
  const words = q.match(/[\p{L}\p{N}]+/gu)?.slice(0, MAX_WORDS) ?? [];
  return words.length ? words.map((word) => `"${word}"`).join(' ') : null;
};

const rankSqlite = async (strapi: Core.Strapi, { q, page, pageSize }: Query): Promise<Ranked> => {
  const match = ftsQuery(q);
  if (!match) return { ids: [], passages: new Map<string, string>(), total: 0 };
  const knex = strapi.db.connection;
  const from = 'FROM article_search s JOIN articles a ON a.id = s.rowid WHERE article_search MATCH ? AND a.published_at IS NOT NULL';
  const [rows, [count]] = await Promise.all([
    knex.raw(
      `SELECT a.id, a.document_id, snippet(article_search, -1, '${START}', '${STOP}', '…', 32) AS passage, bm25(article_search, 10.0, 4.0, 1.0) AS rank
       ${from} ORDER BY rank, a.published_date DESC, a.id DESC LIMIT ? OFFSET ?`,
      [match, pageSize, (page - 1) * pageSize],
    ) as Promise<Array<{ id: number; document_id: string; passage: string }>>,
    knex.raw(`SELECT count(*) AS total ${from}`, [match]) as Promise<Array<{ total: number }>>,
  ]);
  return { ids: rows.map(({ id }) => id), passages: new Map(rows.map(({ document_id, passage }) => [document_id, passage])), total: Number(count?.total ?? 0) };
};

/** A highlighted passage as runs of text, so no markup ever travels in it. */
export const toPassage = (highlighted: string): PassagePart[] =>
  highlighted
    .split(START)
    .flatMap((chunk, index) => {
      if (index === 0) return [{ text: chunk, match: false }];
      const [matched = '', rest = ''] = chunk.split(STOP);
      return [{ text: matched, match: true }, { text: rest, match: false }];
    })
    .filter(({ text }) => text.length > 0);

/** Published stories matching the reader's words, best first, a page at a time. */
export const searchStories = async (strapi: Core.Strapi, query: Query): Promise<SearchResults> => {
  const rank = strapi.db.dialect.client === 'postgres' ? rankPostgres : rankSqlite;
  const { ids, passages, total } = await rank(strapi, query);
  const stories = await summariesByIds(strapi, ids);
  return {
    hits: stories.map((story) => ({ ...story, passage: toPassage(passages.get(story.documentId) ?? '') })),
    pagination: { page: query.page, pageSize: query.pageSize, pageCount: Math.ceil(total / query.pageSize), total },
  };
};
