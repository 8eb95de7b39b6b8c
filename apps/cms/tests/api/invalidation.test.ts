import { testSecrets } from '@derna/testkit';
import { buildArticle, useCms } from '../helpers/cms';
import { adminReadComment, buildComment, listComments, moderate, submitComment } from '../helpers/comments';
import { startSiteReceiver } from '../helpers/site-receiver';

/**
 * Every path that changes what readers see tells the site, once the change is committed: the
 * Moderation page, the Content Manager (single and bulk), erasure, a deleted story. The site here
 * is a real HTTP endpoint that, as each call arrives, reads the CMS as a reader's request would.
 */
const secret = testSecrets().REVALIDATE_SECRET;
let watched = { article: '', slug: '' };
const approvedNow = async () => {
  if (!watched.article) return { approved: -1, published: -1 };
  const [comments, articles] = (await Promise.all([
    fetch(`${cms.server().url}/api/comments?article=${watched.article}&pageSize=1`).then((r) => r.json()),
    fetch(`${cms.server().url}/api/articles?filters[slug][$eq]=${watched.slug}`).then((r) => r.json()),
  ])) as [{ meta?: { approvedCount?: number } }, { data: unknown[] }];
  return { approved: comments.meta?.approvedCount ?? 0, published: articles.data.length };
};
let site: Awaited<ReturnType<typeof startSiteReceiver<Awaited<ReturnType<typeof approvedNow>>>>>;
beforeAll(async () => {
  site = await startSiteReceiver(secret, approvedNow);
});
afterAll(() => site.stop());
const cms = useCms(() => ({ env: { WEB_URL: site.url, REVALIDATE_SECRET: secret } }));

const COMMENTS = '/content-manager/collection-types/api::comment.comment';
const ARTICLES = '/content-manager/collection-types/api::article.article';
const admin = () => cms.loginAs('ADMIN');

const publishStory = async () => {
  const editor = await cms.editor();
  const fixture = buildArticle();
  const draft = await editor.createDraft(fixture);
  const since = Date.now();
  expect((await editor.publish(draft.body.data.documentId)).status).toBe(200);
  await site.waitFor([`article:${fixture.slug}`], since);
  return { article: draft.body.data.documentId as string, slug: fixture.slug as string };
};
const post = async (article: string, data: Record<string, unknown> = {}) => {
  const response = await submitComment(cms, buildComment(article, data));
  expect(response.status).toBe(201);
  return response.body.data.id as string;
};
const approved = async (article: string, count = 1) => {
  const ids = await Promise.all(Array.from({ length: count }, () => post(article)));
  const since = Date.now();
  expect((await moderate(cms, ids, 'approved')).status).toBe(200);
  // Its own call has landed: what the test waits for next is the call of what it does next.
  await site.waitFor([`comments:${article}`], since);
  return ids;
};
const approvedCount = async (article: string) => (await listComments(cms, article, { pageSize: 1 })).body.meta.approvedCount as number;
/** Admin requests in this suite must answer well within 30 s: a hang is a failure. */
const timed = async <T>(action: () => Promise<T>) => {
  const started = Date.now();
  const result = await action();
  expect(Date.now() - started).toBeLessThan(30_000);
  return result;
};

describe('comment changes reach the story page, whatever the path', () => {
  let story = { article: '', slug: '' };
  beforeAll(async () => {
    story = await publishStory();
    watched = story;
  });

  it("an approval on the Moderation page: the story's comments at once, the counts on lists stale-while-revalidate", async () => {
    const since = await site.quiet();
    const [id] = await approved(story.article);
    const call = await site.waitFor([`comments:${story.article}`], since, 5000, true);
    const counts = await site.waitFor(['comment-counts'], since, 5000, false);
    expect(call.secretOk && counts.secretOk).toBe(true);
    // And the story's page at the edge is replaced at once (by slug: the site knows the address).
    expect(call.stories).toEqual([story.slug]);
    // Told after the commit: a reader arriving with the call already sees the comment.
    expect(call.seen.approved).toBe(await approvedCount(story.article));
    expect((await adminReadComment(cms, id as string)).moderatedBy).toMatch(/\(#\d+\)$/);
  });

  it('a pending comment changes nothing readers see: the site is not called', async () => {
    const since = await site.quiet();
    await post(story.article);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(site.received.filter(({ at, tags }) => at >= since && tags.includes(`comments:${story.article}`))).toEqual([]);
  });

  it('trash in the Content Manager: a takedown, dropped at once, recorded with who and when', async () => {
    const [id] = await approved(story.article);
    const session = await admin();
    const since = await site.quiet();
    const response = await timed(() => session.request('PUT', `${COMMENTS}/${id}`, { moderationStatus: 'trash' }));
    expect(response.status).toBe(200);
    await site.waitFor([`comments:${story.article}`], since, 5000, true);
    const stored = await adminReadComment(cms, id as string);
    expect(stored.moderatedBy).toMatch(/\(#\d+\)$/);
    expect(Date.parse(String(stored.moderatedAt))).toBeGreaterThanOrEqual(since - 1000);
  });

  it("an edit of an approved comment's text in the Content Manager", async () => {
    const [id] = await approved(story.article);
    const session = await admin();
    const since = await site.quiet();
    expect((await session.request('PUT', `${COMMENTS}/${id}`, { body: 'Edited by a moderator.' })).status).toBe(200);
    await site.waitFor([`comments:${story.article}`], since, 5000, true);
  });

  it('a delete in the Content Manager, single and bulk, answers at once and recounts', async () => {
    const ids = await approved(story.article, 3);
    const before = await approvedCount(story.article);
    const session = await admin();
    let since = await site.quiet();
    expect((await timed(() => session.request('DELETE', `${COMMENTS}/${ids[0]}`))).status).toBe(200);
    await site.waitFor([`comments:${story.article}`], since, 5000, true);

    since = await site.quiet();
    const bulk = await timed(() => session.request('POST', `${COMMENTS}/actions/bulkDelete`, { documentIds: ids.slice(1) }));
    expect(bulk.status).toBe(200);
    const call = await site.waitFor([`comments:${story.article}`], since, 5000, true);
    expect(await approvedCount(story.article)).toBe(before - 3);
    expect(call.seen.approved).toBe(before - 3);
  });

  it('erasing a commenter on the Moderation page', async () => {
    const email = `erase-me-${Date.now()}@example.com`;
    const response = await submitComment(cms, buildComment(story.article, { authorEmail: email }));
    const approvedAt = Date.now();
    await moderate(cms, [response.body.data.id], 'approved');
    await site.waitFor([`comments:${story.article}`], approvedAt);
    const since = await site.quiet();
    const session = await cms.loginAs('MODERATOR');
    expect((await session.request('POST', '/moderation/commenters/erase', { email })).status).toBe(200);
    await site.waitFor([`comments:${story.article}`], since, 5000, true);
  });

  it('moving a comment to another story recounts both and refreshes both', async () => {
    const other = await publishStory();
    const [id] = await approved(story.article);
    const [countHere, countThere] = [await approvedCount(story.article), await approvedCount(other.article)];
    const session = await admin();
    const since = await site.quiet();
    expect((await session.request('PUT', `${COMMENTS}/${id}`, { article: other.article })).status).toBe(200);
    await site.waitFor([`comments:${story.article}`, `comments:${other.article}`], since);
    expect(await approvedCount(story.article)).toBe(countHere - 1);
    expect(await approvedCount(other.article)).toBe(countThere + 1);
  });
});

describe('counts match what the page shows', () => {
  it('a reply under a hidden comment is not counted, and counts again when its parent returns', async () => {
    const { article } = await publishStory();
    const [parent] = await approved(article);
    const reply = await post(article, { parent });
    await moderate(cms, [reply], 'approved');
    expect(await approvedCount(article)).toBe(2);
    await moderate(cms, [parent as string], 'trash');
    expect(await approvedCount(article)).toBe(0);
    const page = await listComments(cms, article);
    expect(page.body.data).toEqual([]);
    await moderate(cms, [parent as string], 'approved');
    expect(await approvedCount(article)).toBe(2);
  });
});

describe('story changes', () => {
  it('bulk unpublish in the Content Manager: told after the commit, as a takedown', async () => {
    const stories = [await publishStory(), await publishStory()];
    watched = stories[0] as typeof watched;
    const session = await admin();
    const since = await site.quiet();
    const response = await timed(() =>
      session.request('POST', `${ARTICLES}/actions/bulkUnpublish`, { documentIds: stories.map(({ article }) => article) }),
    );
    expect(response.status).toBe(200);
    const call = await site.waitFor(['articles', `article:${stories[0]?.slug}`], since, 5000, true);
    // A reader arriving with the call must not re-cache the story that was just taken down.
    expect(call.seen.published).toBe(0);
    // Nor get it from the edge: both pages are replaced there (with the site's 404), each named in
    // the call of its own change or of one sent with it.
    const named = () => new Set(site.received.filter(({ at }) => at >= since).flatMap((received) => received.stories));
    await timed(async () => {
      while (!stories.every(({ slug }) => named().has(slug))) await new Promise((resolve) => setTimeout(resolve, 50));
    });
  });

  it('bulk publish in the Content Manager answers at once and refreshes the lists', async () => {
    const editor = await cms.editor();
    const drafts = await Promise.all([buildArticle(), buildArticle()].map((fixture) => editor.createDraft(fixture)));
    const session = await admin();
    const since = await site.quiet();
    const response = await timed(() =>
      session.request('POST', `${ARTICLES}/actions/bulkPublish`, { documentIds: drafts.map(({ body }) => body.data.documentId) }),
    );
    expect(response.status).toBe(200);
    await site.waitFor(['articles'], since, 5000, false);
  });

  it('saving a draft of a published story tells the site nothing', async () => {
    const { article } = await publishStory();
    const editor = await cms.editor();
    const since = await site.quiet();
    expect((await editor.update(article, { dek: 'A draft nobody reads yet.' })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(site.received.filter(({ at }) => at >= since)).toEqual([]);
  });

  it('a slug change drops the old address at once', async () => {
    const { article, slug } = await publishStory();
    const editor = await cms.editor();
    await editor.update(article, { slug: `${slug}-renamed` });
    const since = await site.quiet();
    expect((await editor.publish(article)).status).toBe(200);
    const call = await site.waitFor([`article:${slug}`, `article:${slug}-renamed`], since, 5000, true);
    expect([...call.stories].sort()).toEqual([slug, `${slug}-renamed`].sort());
  });

  it('deleting a story deletes its comments with it', async () => {
    const { article } = await publishStory();
    await approved(article, 2);
    await post(article);
    const session = await admin();
    expect((await timed(() => session.request('DELETE', `${ARTICLES}/${article}`))).status).toBe(200);
    const queue = await (await cms.loginAs('MODERATOR')).request<{ results: unknown[] }>('GET', `/moderation/comments?article=${article}`);
    expect(queue.body.results).toEqual([]);
  });

  it('renaming a section refreshes every list and story', async () => {
    const session = await admin();
    const sections = await session.request<{ results: Array<{ documentId: string; name: string }> }>(
      'GET',
      '/content-manager/collection-types/api::category.category',
    );
    const section = sections.body.results[0];
    const since = await site.quiet();
    expect((await session.request('PUT', `/content-manager/collection-types/api::category.category/${section?.documentId}`, { name: `${section?.name}` })).status).toBe(200);
    await site.waitFor(['articles'], since, 5000, false);
  });

  it('renaming an author refreshes every list and story', async () => {
    const session = await admin();
    const unique = Date.now().toString(36);
    const created = await session.request<{ data: { documentId: string } }>('POST', '/content-manager/collection-types/api::author.author', {
      name: `Rename Me ${unique}`,
      slug: `rename-me-${unique}`,
    });
    expect(created.status).toBe(201);
    const since = await site.quiet();
    const renamed = await session.request('PUT', `/content-manager/collection-types/api::author.author/${created.body.data.documentId}`, {
      name: `Renamed ${unique}`,
    });
    expect(renamed.status).toBe(200);
    await site.waitFor(['articles'], since, 5000, false);
  });
});

describe('when the site cannot be reached', () => {
  it('the change is saved, the failure logged once, and the site catches up when it returns', async () => {
    const story = await publishStory();
    const ids = await Promise.all([post(story.article), post(story.article)]);
    await site.stop();
    const since = await site.quiet();
    expect((await moderate(cms, [ids[0] as string], 'approved')).status).toBe(200);
    expect((await moderate(cms, [ids[1] as string], 'approved')).status).toBe(200);
    expect(await approvedCount(story.article)).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    await site.start();
    await site.waitFor([`comments:${story.article}`], since, 40_000);
    const warnings = cms.server().output().split('\n').filter((line) => line.includes('is unreachable'));
    expect(warnings).toHaveLength(1);
  }, 60_000);
});
