import type { Core } from '@strapi/strapi';

const TABLE = 'comment_tallies';
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS ${TABLE} (
  article varchar(255) PRIMARY KEY,
  approved integer NOT NULL DEFAULT 0,
  top_level integer NOT NULL DEFAULT 0
)`;
const COUNTS = 'count(*), coalesce(sum(case when depth = 0 then 1 else 0 end), 0)';

/**
 * The comments readers are shown: approved, and every comment above them approved too (a reply
 * to a hidden comment is not shown, so it is not counted). `scope` narrows the seeds to a story.
 */
const shownComments = (scope: string) => `WITH RECURSIVE shown (document_id, article, depth) AS (
  SELECT document_id, article, depth FROM comments
  WHERE moderation_status = 'approved' AND depth = 0 AND ${scope}
  UNION ALL
  SELECT c.document_id, c.article, c.depth FROM comments c JOIN shown s ON c.parent = s.document_id
  WHERE c.moderation_status = 'approved'
)`;

/**
 * How many comments readers see on each story (and how many top-level threads), so that a
 * story's comments request reads two numbers instead of counting 100,000 rows.
 *
 * Derived data, in a table of our own: Strapi leaves alone tables it did not create, and the
 * content-type builder never sees it. Rebuilt from `comments` at every boot (so a restore, a
 * raw import or a crash can never leave it wrong for long), and recounted for one story in one
 * statement whenever one of its comments changes status, moves or is deleted, inside that
 * change's transaction. Plain SQL valid on SQLite and PostgreSQL.
 */
export const createCommentTally = (strapi: Core.Strapi) => {
  const knex = () => strapi.db.connection;
  return {
    async rebuild(): Promise<void> {
      await knex().raw(CREATE_TABLE);
      await knex().transaction(async (trx) => {
        await trx(TABLE).delete();
        await trx.raw(
          `${shownComments('article IS NOT NULL')}
           INSERT INTO ${TABLE} (article, approved, top_level)
           SELECT article, ${COUNTS} FROM shown GROUP BY article`,
        );
      });
    },

    /**
     * One statement, so two moderators approving at once cannot leave a stale count behind; on
     * the change's own transaction when there is one (Strapi's, the Content Manager's bulk
     * actions): a query beside it would wait for it on SQLite's single connection, and read
     * what it had not yet committed nowhere else.
     */
    async refresh(article: string): Promise<void> {
      await strapi.db.transaction(({ trx }) =>
        trx.raw(
          `${shownComments('article = ?')}
           INSERT INTO ${TABLE} (article, approved, top_level)
           SELECT CAST(? AS varchar(255)), ${COUNTS} FROM shown WHERE true
           ON CONFLICT (article) DO UPDATE SET approved = excluded.approved, top_level = excluded.top_level`,
          [article, article],
        ),
      );
    },

    /** The story was deleted with its comments. */
    async forget(article: string): Promise<void> {
      await strapi.db.transaction(({ trx }) => trx(TABLE).where({ article }).delete());
    },

    /** A subquery for the reader's single summary statement: one story's counts. */
    column: (name: 'approved' | 'top_level') => `coalesce((select ${name} from ${TABLE} where article = ?), 0)`,
  };
};

export type CommentTally = ReturnType<typeof createCommentTally>;
