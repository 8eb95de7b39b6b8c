import crypto from 'node:crypto';
import Database from 'better-sqlite3';

const documentId = () => crypto.randomBytes(12).toString('hex');
/** Of every ten comments: eight approved, one pending, one spam. */
const STATUSES = ['approved', 'approved', 'approved', 'pending', 'approved', 'approved', 'spam', 'approved', 'approved', 'approved'];
const BODY = 'Thank you for this report. The situation in Derna worries everyone who has family there; please keep us informed.';

/**
 * Raw SQL seeding of Strapi's SQLite file (Strapi must be stopped): tens of thousands of rows in
 * a second, where the REST API would take minutes.
 */
export const openSeeder = (file: string) => {
  const db = new Database(file);
  const insertComment = db.prepare(
    `insert into comments (document_id, article, parent, thread_root, depth, author_name, author_email, author_url, body,
      moderation_status, created_at, updated_at, published_at) values (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL)`,
  );
  const insertArticle = db.prepare(
    `insert into articles (document_id, title, slug, dek, body, comment_status, created_at, updated_at, published_at)
      values (?, ?, ?, 'A bench story.', '[]', 'open', ?, ?, ?)`,
  );

  /** `count` comments on one article, one a second from `startMs`; every fifth a reply to the last approved thread. */
  const comments = (article: string, count: number, startMs: number, from = 0) => {
    let root: string | null = null;
    for (let i = from; i < from + count; i += 1) {
      const id = documentId();
      const status = STATUSES[i % STATUSES.length] as string;
      const reply = i % 5 === 4 ? root : null;
      const created = startMs + (i - from) * 1000;
      insertComment.run(id, article, reply, reply, reply ? 1 : 0, `Reader ${i}`, `reader${i}@example.com`, `${BODY} (#${i})`, status, created, created);
      if (!reply && status === 'approved') root = id;
    }
  };

  /** `count` published articles (a draft row and a published row each, as Strapi keeps them), each with `commentsEach` comments. */
  const articles = (count: number, commentsEach: number, startMs: number) => {
    for (let i = 0; i < count; i += 1) {
      const id = documentId();
      const created = startMs + i * 1000;
      insertArticle.run(id, `Bench story ${i}`, `bench-story-${i}`, created, created, null);
      insertArticle.run(id, `Bench story ${i}`, `bench-story-${i}`, created, created, created);
      comments(id, commentsEach, created);
    }
  };

  return {
    comments: (article: string, count: number, startMs: number, from = 0) => db.transaction(() => comments(article, count, startMs, from))(),
    articles: (count: number, commentsEach: number, startMs: number) => db.transaction(() => articles(count, commentsEach, startMs))(),
    count: (table: 'comments' | 'articles') => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n,
    close: () => db.close(),
  };
};

/** SQLite's plan for a statement as knex logged it (placeholders bound to NULL: plans do not depend on them here). */
export const queryPlan = (file: string, sql: string): string => {
  const db = new Database(file, { readonly: true });
  try {
    const params = (sql.match(/\?/g) ?? []).map(() => null);
    const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ id: number; parent: number; detail: string }>;
    const depth = new Map<number, number>([[0, -1]]);
    return rows
      .map(({ id, parent, detail }) => {
        depth.set(id, (depth.get(parent) ?? -1) + 1);
        return `${'  '.repeat(depth.get(id) ?? 0)}${detail}`;
      })
      .join('\n');
  } finally {
    db.close();
  }
};
