import type { Core } from '@strapi/strapi';

const TABLE = 'story_tallies';
const ARTICLE = 'api::article.article';
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS ${TABLE} (
  owner varchar(255) PRIMARY KEY,
  published integer NOT NULL DEFAULT 0
)`;

export type Owner = { relation: 'category' | 'author'; id: number };
type JoinTable = { name: string; joinColumn: { name: string }; inverseJoinColumn: { name: string } };

/** The link table of an article relation, as Strapi named it (articles_category_lnk…). */
export const joinTableOf = (strapi: Core.Strapi, relation: Owner['relation']) =>
  (strapi.db.metadata.get(ARTICLE).attributes[relation] as unknown as { joinTable: JoinTable }).joinTable;

const keyOf = ({ relation, id }: Owner) => `${relation}:${id}`;

/** Published stories of one owner (or of every owner, grouped), through Strapi's link table. */
const publishedCounts = (strapi: Core.Strapi, relation: Owner['relation'], id?: number) => {
  const link = joinTableOf(strapi, relation);
  const owner = `l.${link.inverseJoinColumn.name}`;
  return `SELECT ${id === undefined ? `'${relation}:' || ${owner}` : 'CAST(? AS varchar(255))'}, count(*)
    FROM ${link.name} l JOIN articles a ON a.id = l.${link.joinColumn.name}
    WHERE a.published_at IS NOT NULL ${id === undefined ? '' : `AND ${owner} = ?`}
    ${id === undefined ? `GROUP BY ${owner}` : ''}`;
};

/**
 * How many published stories each section and author has, so that a section's page reads one
 * number instead of counting 10,000 link rows against the published ones on every request.
 * Derived data in a table of our own, like comment_tallies: rebuilt at every boot (a restore or
 * a raw import can never leave it wrong for long) and recounted for the sections and authors a
 * story had or has whenever the story changes (documents/story-tally), inside that change's
 * transaction. Plain SQL valid on SQLite and PostgreSQL.
 */
export const createStoryTally = (strapi: Core.Strapi) => ({
  async rebuild(): Promise<void> {
    const knex = strapi.db.connection;
    await knex.raw(CREATE_TABLE);
    await knex.transaction(async (trx) => {
      await trx(TABLE).delete();
      for (const relation of ['category', 'author'] as const) {
        await trx.raw(`INSERT INTO ${TABLE} (owner, published) ${publishedCounts(strapi, relation)}`);
      }
    });
  },

  /** The sections and authors the rows of one story link to (its draft and its published row). */
  async ownersOf(documentId: string): Promise<Owner[]> {
    const ids = (await strapi.db.query(ARTICLE).findMany({ where: { documentId }, select: ['id'] })).map(({ id }) => id as number);
    if (ids.length === 0) return [];
    // On the change's own transaction: on SQLite's one connection a query beside it would wait for it.
    return strapi.db.transaction(async ({ trx }) => {
      const owners: Owner[] = [];
      for (const relation of ['category', 'author'] as const) {
        const link = joinTableOf(strapi, relation);
        const rows: Array<Record<string, number>> = await trx(link.name).distinct(link.inverseJoinColumn.name).whereIn(link.joinColumn.name, ids);
        owners.push(...rows.map((row) => ({ relation, id: Number(row[link.inverseJoinColumn.name]) })));
      }
      return owners;
    });
  },

  /** One statement per owner, on the change's own transaction (see comment-tally's refresh). */
  async refresh(owners: Owner[]): Promise<void> {
    await strapi.db.transaction(async ({ trx }) => {
      for (const owner of owners) {
        await trx.raw(
          `INSERT INTO ${TABLE} (owner, published) ${publishedCounts(strapi, owner.relation, owner.id)}
           ON CONFLICT (owner) DO UPDATE SET published = excluded.published`,
          [keyOf(owner), owner.id],
        );
      }
    });
  },

  /** The published stories of one section or author. */
  async count(owner: Owner): Promise<number> {
    const row = await strapi.db.connection(TABLE).select('published').where({ owner: keyOf(owner) }).first();
    return Number(row?.published ?? 0);
  },
});

export type StoryTally = ReturnType<typeof createStoryTally>;
