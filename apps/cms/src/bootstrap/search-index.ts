import type { Core } from '@strapi/strapi';

/**
 * The stories' full-text index, kept by the database itself so that no write path (admin,
 * script, import) can forget it. Created at every boot after Strapi syncs its schema, like
 * bootstrap/indexes.ts, and idempotent.
 *
 * PostgreSQL: a generated `search_vector` column (title weighted A, standfirst B, the body's
 * text C) with a GIN index. Strapi only drops columns it created itself, so it leaves this one.
 *
 * SQLite: an FTS5 table `article_search` (Porter stemming) filled by triggers on `articles`.
 * Strapi may rebuild `articles` when it alters it (SQLite has no ALTER COLUMN), which drops the
 * triggers, so they are recreated and the index rebuilt at every boot.
 */
const POSTGRES = [
  `ALTER TABLE articles ADD COLUMN IF NOT EXISTS search_vector tsvector GENERATED ALWAYS AS (
     setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
     setweight(to_tsvector('english', coalesce(dek, '')), 'B') ||
     setweight(to_tsvector('english', coalesce(jsonb_path_query_array(body::jsonb, 'strict $.**.text'), '[]'::jsonb)), 'C')
   ) STORED`,
  'CREATE INDEX IF NOT EXISTS articles_search_vector_idx ON articles USING GIN (search_vector)',
];

/** The body's words: every `text` leaf of the blocks JSON. */
const sqliteBodyText = (row: 'new' | 'articles') =>
  `coalesce((SELECT group_concat(value, ' ') FROM json_tree(${row}.body) WHERE key = 'text'), '')`;

const SQLITE = [
  "CREATE VIRTUAL TABLE IF NOT EXISTS article_search USING fts5(title, dek, body, tokenize = 'porter unicode61')",
  `CREATE TRIGGER IF NOT EXISTS article_search_insert AFTER INSERT ON articles BEGIN
     INSERT INTO article_search (rowid, title, dek, body) VALUES (new.id, coalesce(new.title, ''), coalesce(new.dek, ''), ${sqliteBodyText('new')});
   END`,
  `CREATE TRIGGER IF NOT EXISTS article_search_update AFTER UPDATE OF title, dek, body ON articles BEGIN
     DELETE FROM article_search WHERE rowid = old.id;
     INSERT INTO article_search (rowid, title, dek, body) VALUES (new.id, coalesce(new.title, ''), coalesce(new.dek, ''), ${sqliteBodyText('new')});
   END`,
  `CREATE TRIGGER IF NOT EXISTS article_search_delete AFTER DELETE ON articles BEGIN
     DELETE FROM article_search WHERE rowid = old.id;
   END`,
];

const SQLITE_REBUILD = [
  'DELETE FROM article_search',
  `INSERT INTO article_search (rowid, title, dek, body)
   SELECT id, coalesce(title, ''), coalesce(dek, ''), ${sqliteBodyText('articles')} FROM articles`,
];

export const ensureSearchIndex = async (strapi: Core.Strapi): Promise<void> => {
  const knex = strapi.db.connection;
  const client = strapi.db.dialect.client;
  if (client === 'postgres') {
    for (const statement of POSTGRES) await knex.raw(statement);
    return;
  }
  if (client !== 'sqlite') {
    strapi.log.warn(`Story search: no full-text index for ${client}; search answers nothing.`);
    return;
  }
  for (const statement of SQLITE) await knex.raw(statement);
  await knex.transaction(async (trx) => {
    for (const statement of SQLITE_REBUILD) await trx.raw(statement);
  });
};
