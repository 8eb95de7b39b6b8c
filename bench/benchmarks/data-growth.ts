import type { CmsServer } from '@derna/testkit';
import { infoRow, ratioRow, type Outcome } from '../support/report';
import { openSeeder, queryPlan } from '../support/sqlite';
import { median, round } from '../support/stats';
import { commentUrls, timeRequest } from './comments-api';
import type { CapturedSql } from './sql-per-request';

const SMALL = 100;
const LARGE = 100_000;
const OTHER_ARTICLES = 10_000;
const COMMENTS_PER_OTHER_ARTICLE = 5;
/** Every seeded comment is older than the request's "now"; the first hundred are the oldest. */
const SEED_START = Date.now() - 3 * 86_400_000;

const databaseFile = (cms: CmsServer) => {
  const file = cms.database.env.DATABASE_FILENAME;
  if (!file) throw new Error('The data-growth benchmark seeds SQLite; this CMS has no DATABASE_FILENAME');
  return file;
};

/** The story's first hundred comments (the CMS must be stopped). */
export const seedSmall = (cms: CmsServer, article: string) => {
  const seeder = openSeeder(databaseFile(cms));
  seeder.comments(article, SMALL, SEED_START);
  seeder.close();
};

/**
 * p50 of sequential requests after a warm-up: ours, then Strapi's default. Not interleaved: the
 * default controller's own cost grows with the data (and its garbage with it), which would be
 * charged to whichever request follows it.
 */
const p50s = async (cms: CmsServer, article: string) => {
  const urls = commentUrls(cms.url, article);
  const p50 = async (url: string) => {
    const times: number[] = [];
    for (let i = 0; i < 250; i += 1) {
      const ms = await timeRequest(url);
      if (i >= 50) times.push(ms);
    }
    return round(median(times), 2);
  };
  const ours = await p50(urls.ours);
  return { ours, naive: await p50(urls.naive) };
};

const plans = (file: string, title: string, statements: string[]) =>
  statements.map((sql) => `${title}:\n\n\`\`\`sql\n${sql}\n\`\`\`\n\n\`\`\`\n${queryPlan(file, sql)}\n\`\`\``).join('\n\n');

/**
 * Goal 5: the comments request with 100,000 comments on the story (and 10,000 other articles with
 * comments of their own) against the same request with 100. Seeded with raw SQL, the CMS stopped.
 */
export const dataGrowth = async (cms: CmsServer, article: string, sql: CapturedSql): Promise<Outcome> => {
  const file = databaseFile(cms);
  const small = await p50s(cms, article);
  await cms.stop();
  const seeder = openSeeder(file);
  const seedStarted = performance.now();
  seeder.comments(article, LARGE - SMALL, SEED_START + SMALL * 1000, SMALL);
  seeder.articles(OTHER_ARTICLES, COMMENTS_PER_OTHER_ARTICLE, SEED_START);
  const seeded = `${seeder.count('comments').toLocaleString('en-US')} comments, ${seeder.count('articles').toLocaleString('en-US')} article rows (draft + published), seeded in ${round((performance.now() - seedStarted) / 1000, 1)} s`;
  seeder.close();
  await cms.restart();
  const large = await p50s(cms, article);
  // The article's published row among the seeded ones: the plan for the site's lookup by slug.
  const articleSql = sql.articleBySlug.filter((statement) => /from `articles`/.test(statement));
  return {
    rows: [
      ratioRow({
        goal: '5', figure: 'Comments API p50 with 100,000 comments vs 100', unit: 'ms', measured: large.ours, baseline: small.ours, op: '<=', limit: 1.2,
        notes: `${seeded}; 200 sequential requests after 50 warm-up, ours apart from Strapi's default`,
      }),
      infoRow({ goal: '5', figure: "Strapi's default controller, same growth", unit: 'ms', measured: large.naive, baseline: small.naive, notes: 'for comparison (no goal)' }),
    ],
    details: {
      'Goal 5: query plans (SQLite, 100,000 comments)': [
        plans(file, 'Comments of a story (GET /api/comments)', sql.comments),
        plans(file, "A story by slug (the site's GET /api/articles request; the statements on `articles`)", articleSql),
      ].join('\n\n'),
    },
  };
};
