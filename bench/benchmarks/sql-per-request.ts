import { createCmsClient } from '@derna/cms-client';
import { startCms, type ScratchDatabase } from '@derna/testkit';
import { valueRow, type Outcome } from '../support/report';
import { statementsOfLastRequest } from '../support/sql-log';
import { sleep } from '../support/stats';
import { STORY_SLUG } from '../support/stack';
import { commentUrls } from './comments-api';

export type CapturedSql = { comments: string[]; articleBySlug: string[] };

/** Strapi's output, once the request's log line has been written. */
const outputAfter = async (request: () => Promise<unknown>, output: () => string) => {
  await request();
  await sleep(300);
  return output();
};

/**
 * Goal 4: SQL statements per comments request, counted from knex's own log (DATABASE_DEBUG=true)
 * in a CMS started for this alone on the same database. Also captures the statements of the site's
 * article-by-slug request, for the query plans of goal 5.
 */
export const sqlPerRequest = async (database: ScratchDatabase, env: Record<string, string>, article: string): Promise<Outcome & { sql: CapturedSql }> => {
  const cms = await startCms({ database, env: { ...env, DATABASE_DEBUG: 'true' } });
  try {
    const { ours } = commentUrls(cms.url, article);
    const client = createCmsClient({ baseUrl: cms.url });
    const get = (url: string) => fetch(url).then((response) => response.arrayBuffer());
    // Each request twice: the first one warms Strapi's caches; the second is the one counted.
    await get(ours);
    const comments = statementsOfLastRequest(await outputAfter(() => get(ours), cms.output), '/api/comments?');
    await client.articles.bySlug(STORY_SLUG);
    const articleBySlug = statementsOfLastRequest(await outputAfter(() => client.articles.bySlug(STORY_SLUG), cms.output), '/api/articles?');
    return {
      sql: { comments, articleBySlug },
      rows: [valueRow({ goal: '4', figure: 'SQL statements per comments request', unit: 'queries', measured: comments.length, op: '<=', limit: 3, notes: 'counted in knex\'s log (DATABASE_DEBUG=true); statements under "Goal 5: query plans"' })],
    };
  } finally {
    await cms.stop();
  }
};
