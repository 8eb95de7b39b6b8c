import { scratchPostgres, startCms } from '@derna/testkit';
import { infoRow, ratioRow, valueRow, type Outcome } from '../support/report';
import { median, percentile, round } from '../support/stats';
import { timeRequest } from './comments-api';

const STORIES = 10_000;
const SAMPLES = 60;
const WORDS = ['harbour', 'militia', 'council', 'water', 'election', 'bridge', 'desert', 'oil', 'port', 'flood', 'market', 'school', 'hospital', 'road', 'border'];

/**
 * Stories `from`..`to` (a draft and a published row each, as Strapi keeps them), one an hour from
 * 2019, in the seeded section, with a body of about 300 words drawn from WORDS: raw SQL, seconds
 * instead of the hour the admin API would take.
 */
const seedSql = (from: number, to: number) => {
  const words = `ARRAY[${WORDS.map((word) => `'${word}'`).join(', ')}]`;
  const word = (k: number) => `(${words})[1 + ((g * 7 + ${k * 3}) % ${WORDS.length})]`;
  const text = `'Report ' || g || ' on the ' || ${word(1)} || ' and the ' || ${word(2)} || '. ' || repeat('The ' || ${word(3)} || ' ' || ${word(4)} || ' story continues with more detail about the ' || ${word(5)} || '. ', 20)`;
  const row = (published: string) => `
    INSERT INTO articles (document_id, title, slug, dek, body, comment_status, featured, published_date, created_at, updated_at, published_at)
    SELECT 'benchstory' || g, 'Bench story ' || g || ' about the ' || ${word(0)}, 'bench-story-' || g, 'A bench story.',
      jsonb_build_array(jsonb_build_object('type', 'paragraph', 'children', jsonb_build_array(jsonb_build_object('type', 'text', 'text', ${text})))),
      'open', false, t, t, t, ${published}
    FROM (SELECT g, timestamp '2019-01-01' + g * interval '1 hour' AS t FROM generate_series(${from}, ${to}) g) s;`;
  return `${row('NULL')}${row('t')}
    INSERT INTO articles_category_lnk (article_id, category_id)
    SELECT a.id, (SELECT min(id) FROM categories) FROM articles a
    WHERE a.slug LIKE 'bench-story-%' AND NOT EXISTS (SELECT 1 FROM articles_category_lnk l WHERE l.article_id = a.id);`;
};

/**
 * What autovacuum does on a live database after a bulk load: the visibility map (index-only
 * scans for the counts) and the planner's statistics. On its own statement: VACUUM cannot run
 * inside the transaction a multi-statement string is.
 */
const VACUUM = 'VACUUM (ANALYZE) articles, articles_category_lnk';

const p50 = async (url: string) => {
  for (let i = 0; i < 5; i += 1) await timeRequest(url);
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) samples.push(await timeRequest(url));
  return { p50: round(median(samples), 2), p90: round(percentile(samples, 90), 2) };
};

/**
 * Issue 18: the CMS's list and search routes with 10 and with 10,000 published stories on
 * PostgreSQL (its own scratch database on TEST_DATABASE_URL's server, or the local one). Latency
 * of sequential requests, unloaded: what a page render waits for on a cache miss.
 */
export const browseScale = async (): Promise<Outcome> => {
  const database = await scratchPostgres(process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  const cms = await startCms({ database });
  try {
    const section = ((await (await fetch(`${cms.url}/api/categories`)).json()) as { data: Array<{ slug: string }> }).data[0]?.slug ?? '';
    const urls = {
      front: `${cms.url}/api/stories`,
      section: `${cms.url}/api/stories?section=${section}`,
      deep: `${cms.url}/api/stories?page=500`,
      search: `${cms.url}/api/stories/search?q=militia%20election`,
      phrase: `${cms.url}/api/stories/search?q=%22oil%20port%22`,
    };
    await cms.stop();
    await database.execute(seedSql(0, 8));
    await database.execute(VACUUM);
    await cms.restart();
    const small = { front: await p50(urls.front), section: await p50(urls.section), search: await p50(urls.search) };
    await cms.stop();
    await database.execute(seedSql(9, STORIES - 1));
    await database.execute(VACUUM);
    await cms.restart();
    const large = {
      front: await p50(urls.front),
      section: await p50(urls.section),
      deep: await p50(urls.deep),
      search: await p50(urls.search),
      phrase: await p50(urls.phrase),
    };
    const notes = (figures: { p50: number; p90: number }) => `p90 ${figures.p90} ms; ${SAMPLES} sequential requests`;
    return {
      rows: [
        ratioRow({ goal: '18', figure: 'front page list, 10,000 stories against 10 (CMS p50)', unit: 'ms', measured: large.front.p50, baseline: small.front.p50, op: '<=', limit: 1.5, notes: notes(large.front) }),
        ratioRow({ goal: '18', figure: 'section page list, 10,000 stories against 10 (CMS p50)', unit: 'ms', measured: large.section.p50, baseline: small.section.p50, op: '<=', limit: 1.5, notes: notes(large.section) }),
        infoRow({ goal: '18', figure: 'page 500 of the front page, 10,000 stories (CMS p50)', unit: 'ms', measured: large.deep.p50, notes: notes(large.deep) }),
        valueRow({ goal: '18', figure: 'search p50, 10,000 stories, PostgreSQL ("militia election")', unit: 'ms', measured: large.search.p50, op: '<=', limit: 50, notes: notes(large.search) }),
        valueRow({ goal: '18', figure: 'search p50, 10,000 stories, PostgreSQL (phrase "oil port")', unit: 'ms', measured: large.phrase.p50, op: '<=', limit: 50, notes: notes(large.phrase) }),
        infoRow({ goal: '18', figure: 'search p50, 10 stories, PostgreSQL', unit: 'ms', measured: small.search.p50, notes: notes(small.search) }),
      ],
      details: {},
    };
  } finally {
    await cms.destroy();
  }
};
