import type { Core } from '@strapi/strapi';

const TABLE = 'comment_tallies';
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS ${TABLE} (
  article varchar(255) PRIMARY KEY,
  approved integer NOT NULL DEFAULT 0,
  top_level integer NOT NULL DEFAULT 0
)`;
const COUNTS = 'count(*), coalesce(sum(case when depth = 0 then 1 else 0 end), 0)';

/**
 * How many approved comments (and top-level threads) each story has, so that a story's
 * comments request reads two numbers instead of counting 100,000 rows.
 *
 * Derived data, in a table of our own: Strapi leaves alone tables it did not create, and the
 * content-type builder never sees it. Rebuilt from `comments` at every boot (so a restore, a
 * raw import or a crash can never leave it wrong for long), and recounted for one story in one
 * statement whenever one of its comments changes status or is deleted. Plain SQL valid on
 * SQLite and PostgreSQL.
 */
export const createCommentTally = (strapi: Core.Strapi) => {
  const knex = () => strapi.db.connection;
  return {
    async rebuild(): Promise<void> {
      await knex().raw(CREATE_TABLE);
      await knex().transaction(async (trx) => {
        await trx(TABLE).delete();
        await trx.raw(
          `INSERT INTO ${TABLE} (article, approved, top_level)
           SELECT article, ${COUNTS} FROM comments
           WHERE moderation_status = 'approved' AND article IS NOT NULL GROUP BY article`,
        );
      });
    },

    /** One statement, so two moderators approving at once cannot leave a stale count behind. */
    async refresh(article: string): Promise<void> {
      await knex().raw(
        `INSERT INTO ${TABLE} (article, approved, top_level)
         SELECT CAST(? AS varchar(255)), ${COUNTS} FROM comments
         WHERE article = ? AND moderation_status = 'approved'
         ON CONFLICT (article) DO UPDATE SET approved = excluded.approved, top_level = excluded.top_level`,
        [article, article],
      );
    },

    /** A subquery for the reader's single summary statement: one story's counts. */
    column: (name: 'approved' | 'top_level') => `coalesce((select ${name} from ${TABLE} where article = ?), 0)`,
  };
};

export type CommentTally = ReturnType<typeof createCommentTally>;
