import { infoRow, valueRow, type Outcome } from '../support/report';
import { moderate, postComment, queuedBodies, type PostResult, type SiteStack } from '../support/stack';
import { median, percentile, round } from '../support/stats';
import { waitUntil } from '../support/wait';

const WORKERS = 8;
const SECONDS = 10;
const VISIBILITY_SAMPLES = 24;
/** A comment not shown within this long counts as this long (and fails the goal). */
const NEVER_MS = 10_000;

/** As many readers as workers, each posting a new comment as soon as the last one is answered. */
const sustainedPosting = async (site: SiteStack, tag: string) => {
  const results: Array<PostResult & { body: string }> = [];
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (performance.now() - started < SECONDS * 1000) {
        const n = next++;
        const body = `${tag} comment ${n}`;
        results.push({ body, ...(await postComment(site.web.url, { article: site.articleId, body, email: `reader-${n}@example.com` })) });
      }
    }),
  );
  return { results, seconds: (performance.now() - started) / 1000 };
};

/** Approve one pending reply and time until a reader's page shows it. */
const approveAndWatch = async (site: SiteStack, id: string, body: string) => {
  const started = performance.now();
  await moderate(site.moderator, [id]);
  const shown = await waitUntil(async () => (await (await fetch(site.storyUrl)).text()).includes(body), NEVER_MS, 25);
  return shown === null ? NEVER_MS : performance.now() - started;
};

/**
 * Goal 6: comments submitted end to end (site JSON endpoint → Strapi → SQLite) with the limits
 * raised: sustained rate, none lost, no 5xx. Then approve → visible on the story page.
 */
export const submissions = async (site: SiteStack): Promise<Outcome> => {
  const tag = `Bench ${Date.now()}`;
  const { results, seconds } = await sustainedPosting(site, tag);
  const acknowledged = results.filter(({ status }) => status === 201);
  const serverErrors = results.filter(({ status }) => status >= 500).length;
  const stored = (await queuedBodies(site.moderator, site.articleId)).filter((body) => body.startsWith(`${tag} comment `));
  const storedSet = new Set(stored);
  const lost = acknowledged.filter(({ body }) => !storedSet.has(body)).length;
  const latencies = results.map(({ ms }) => ms);

  // Replies to one approved thread, so that every sample lands on the story's first page.
  const root = await postComment(site.web.url, { article: site.articleId, body: `${tag} thread`, email: 'thread@example.com' });
  await moderate(site.moderator, [root.id as string]);
  const samples: number[] = [];
  for (let i = 0; i < VISIBILITY_SAMPLES; i += 1) {
    const body = `${tag} reply ${i}`;
    const reply = await postComment(site.web.url, { article: site.articleId, parent: root.id, body, email: `replier-${i}@example.com` });
    if (reply.status !== 201 || !reply.id) throw new Error(`Could not post a reply: HTTP ${reply.status}`);
    samples.push(await approveAndWatch(site, reply.id, body));
  }
  const others = results.length - acknowledged.length - serverErrors;
  return {
    rows: [
      infoRow({
        goal: '6', figure: 'Comment submissions, sustained', unit: 'comments/s', measured: round(acknowledged.length / seconds, 1),
        notes: `${WORKERS} concurrent writers for ${SECONDS} s: ${acknowledged.length} stored (201), ${others} other 4xx; latency p50 ${round(median(latencies), 0)} ms, p99 ${round(percentile(latencies, 99), 0)} ms`,
      }),
      valueRow({ goal: '6', figure: 'Acknowledged comments lost', unit: '', measured: lost, op: '<=', limit: 0, notes: `${stored.length} in the moderation queue for ${acknowledged.length} acknowledged (${stored.length - storedSet.size} duplicates)` }),
      valueRow({ goal: '6', figure: 'Submissions answered 5xx', unit: '', measured: serverErrors, op: '<=', limit: 0, notes: `of ${results.length}` }),
      valueRow({
        goal: '6', figure: 'Approve → visible on the story page, p95', unit: 'ms', measured: round(percentile(samples, 95), 0), op: '<=', limit: 2000,
        notes: `${samples.length} samples (replies approved one by one, page polled every 25 ms): p50 ${round(median(samples), 0)} ms, max ${round(Math.max(...samples), 0)} ms; ${samples.filter((ms) => ms >= NEVER_MS).length} never shown`,
      }),
    ],
  };
};
