import { valueRow, type Outcome } from '../support/report';
import { moderate, postComment, type SiteStack } from '../support/stack';
import { median, percentile, round } from '../support/stats';
import { waitUntil } from '../support/wait';

const COMMENTS = '/content-manager/collection-types/api::comment.comment';
const SAMPLES = 12;
const BULK_SIZE = 5;
const BULK_DELETE = 100;
/** A comment not shown within this long counts as this long (and fails the goal). */
const NEVER_MS = 10_000;

type Approve = (site: SiteStack, ids: string[]) => Promise<void>;

/** The three ways a moderator approves: the Moderation page (one, or several at once), the Content Manager. */
const PATHS: Array<{ name: string; batch: number; approve: Approve }> = [
  { name: 'Moderation page, one comment', batch: 1, approve: (site, ids) => moderate(site.moderator, ids) },
  { name: `Moderation page, bulk of ${BULK_SIZE}`, batch: BULK_SIZE, approve: (site, ids) => moderate(site.moderator, ids) },
  {
    name: 'Content Manager, one comment',
    batch: 1,
    approve: async (site, [id]) => {
      const { status } = await site.admin.request('PUT', `${COMMENTS}/${id}`, { moderationStatus: 'approved' });
      if (status !== 200) throw new Error(`The Content Manager answered HTTP ${status}`);
    },
  },
];

/** Replies under one approved thread, so that every sample lands on the story's first page. */
const postReplies = async (site: SiteStack, parent: string, tag: string, count: number) =>
  Promise.all(
    Array.from({ length: count }, async (_, i) => {
      const body = `${tag} ${i}`;
      const reply = await postComment(site.web.url, { article: site.articleId, parent, body, email: `${tag.replace(/\W/g, '')}-${i}@example.com` });
      if (reply.status !== 201 || !reply.id) throw new Error(`Could not post a reply: HTTP ${reply.status}`);
      return { id: reply.id, body };
    }),
  );

const approveToVisible = async (site: SiteStack, parent: string, tag: string, path: (typeof PATHS)[number]) => {
  const samples: number[] = [];
  for (let i = 0; i < SAMPLES; i += 1) {
    const replies = await postReplies(site, parent, `${tag} ${i}`, path.batch);
    const started = performance.now();
    await path.approve(site, replies.map(({ id }) => id));
    const shown = await waitUntil(async () => {
      const html = await (await fetch(site.storyUrl)).text();
      return replies.every(({ body }) => html.includes(body));
    }, NEVER_MS, 25);
    samples.push(shown === null ? NEVER_MS : performance.now() - started);
  }
  return samples;
};

/** Issue 19: approve → visible through each path, and the Content Manager's bulk delete. */
export const moderationPaths = async (site: SiteStack): Promise<Outcome> => {
  const tag = `Moderation bench ${Date.now()}`;
  const root = await postComment(site.web.url, { article: site.articleId, body: `${tag} thread`, email: 'moderation-thread@example.com' });
  await moderate(site.moderator, [root.id as string]);
  const rows = [];
  for (const path of PATHS) {
    const samples = await approveToVisible(site, root.id as string, `${tag} ${path.name}`, path);
    rows.push(
      valueRow({
        goal: '19', figure: `Approve → visible, ${path.name}, p95`, unit: 'ms', measured: round(percentile(samples, 95), 0), op: '<=', limit: 2000,
        notes: `${samples.length} samples, page polled every 25 ms: p50 ${round(median(samples), 0)} ms, max ${round(Math.max(...samples), 0)} ms; ${samples.filter((ms) => ms >= NEVER_MS).length} never shown`,
      }),
    );
  }
  const doomed = await postReplies(site, root.id as string, `${tag} doomed`, BULK_DELETE);
  const started = performance.now();
  const { status } = await site.admin.request('POST', `${COMMENTS}/actions/bulkDelete`, { documentIds: doomed.map(({ id }) => id) });
  const deleteMs = performance.now() - started;
  if (status !== 200) throw new Error(`Bulk delete answered HTTP ${status}`);
  rows.push(
    valueRow({ goal: '19', figure: `Content Manager bulk delete of ${BULK_DELETE} comments`, unit: 'ms', measured: round(deleteMs, 0), op: '<=', limit: 5000, notes: 'one request, as the admin list\'s Delete does' }),
  );
  return { rows };
};
