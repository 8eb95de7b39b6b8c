import type { Core } from '@strapi/strapi';

/**
 * Indexes for the site's hot queries, which Strapi's schema files cannot declare. Created
 * after Strapi syncs its schema on every boot, so they survive the content-type builder
 * (which may drop unknown indexes when it alters a table). Plain SQL valid on SQLite and PostgreSQL.
 */
export const INDEXES = [
  // A story by slug (the draft and the published row share it).
  'CREATE INDEX IF NOT EXISTS articles_slug_published_idx ON articles (slug, published_at)',
  // Every list of stories, newest first (front page, /page/n): published rows only.
  'CREATE INDEX IF NOT EXISTS articles_published_order_idx ON articles (published_date DESC, id DESC) WHERE published_at IS NOT NULL',
  // A story's approved threads, oldest first; and their replies.
  'CREATE INDEX IF NOT EXISTS comments_article_status_depth_created_idx ON comments (article, moderation_status, depth, created_at, id)',
  'CREATE INDEX IF NOT EXISTS comments_thread_root_status_idx ON comments (thread_root, moderation_status, created_at)',
  // The replies of a comment: the tally counts a reply only while every comment above it is shown.
  'CREATE INDEX IF NOT EXISTS comments_parent_status_idx ON comments (parent, moderation_status)',
  // The moderation queue, duplicates, erasure by email and the retention job.
  'CREATE INDEX IF NOT EXISTS comments_status_created_idx ON comments (moderation_status, created_at)',
  'CREATE INDEX IF NOT EXISTS comments_author_email_idx ON comments (author_email)',
] as const;

export const ensureIndexes = async (strapi: Core.Strapi): Promise<void> => {
  for (const statement of INDEXES) await strapi.db.connection.raw(statement);
};

/**
 * Fresh statistics for the query planner. Without them SQLite reads a story's replies through
 * the moderation queue's index (61 ms instead of 0.07 ms with 100,000 comments on the story).
 * At boot and nightly (config/cron-tasks): SQLite samples at most a few thousand rows per index
 * (`analysis_limit`), so it stays fast on a large file; PostgreSQL samples on its own.
 */
export const refreshPlannerStatistics = async (strapi: Core.Strapi): Promise<void> => {
  const knex = strapi.db.connection;
  if (strapi.db.dialect.client === 'postgres') {
    await knex.raw('ANALYZE comments, articles, articles_category_lnk, articles_author_lnk');
    return;
  }
  if (strapi.db.dialect.client !== 'sqlite') return;
  // Both statements on the one connection: the limit is a setting of the connection.
  await knex.transaction(async (trx) => {
    await trx.raw('PRAGMA analysis_limit = 2000');
    await trx.raw('ANALYZE');
  });
};
