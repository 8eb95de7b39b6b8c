import { buildArticle, useCms } from '../helpers/cms';
import { buildComment, listComments, moderate, submitComment } from '../helpers/comments';

const cms = useCms();
let article: string;
let otherArticle: string;

const post = async (target: string, data: Record<string, unknown> = {}) => {
  const response = await submitComment(cms, buildComment(target, data));
  expect(response.status).toBe(201);
  return response.body.data.id as string;
};
const approved = async (target: string, data: Record<string, unknown> = {}) => {
  const id = await post(target, data);
  expect((await moderate(cms, [id], 'approved')).status).toBe(200);
  return id;
};

beforeAll(async () => {
  article = (await cms.siteClient().articles.bySlug('libya-haftars-army-in-control-of-derna'))?.documentId ?? '';
  const editor = await cms.editor();
  const other = await editor.createDraft(buildArticle());
  await editor.publish(other.body.data.documentId);
  otherArticle = other.body.data.documentId;
});

describe('reading comments', () => {
  it('shows approved comments only, with a count that matches', async () => {
    const shown = await approved(article, { body: 'Approved words' });
    const pending = await post(article);
    const spam = await post(article);
    await moderate(cms, [spam], 'spam');
    const { body } = await listComments(cms, article);
    const ids = body.data.map((comment: { id: string }) => comment.id);
    expect(ids).toContain(shown);
    expect(ids).not.toContain(pending);
    expect(ids).not.toContain(spam);
    expect(body.meta.approvedCount).toBe(ids.length);
  });

  it('never shows an email, IP or user agent', async () => {
    const email = 'private-person@example.com';
    await approved(article, { authorEmail: email });
    const text = JSON.stringify((await listComments(cms, article)).body);
    expect(text).not.toContain(email);
    expect(text).not.toMatch(/authorEmail|authorIp|userAgent|flagReason|moderatedBy/);
  });

  it('refuses every other way in: by id, filters, populate, unknown parameters', async () => {
    const id = await approved(article);
    expect([404, 405]).toContain((await cms.anonymous().get(`/api/comments/${id}`)).status);
    expect((await cms.anonymous().get('/api/comments').query({ article, 'filters[authorEmail][$contains]': '@' })).status).toBe(400);
    expect((await cms.anonymous().get('/api/comments').query({ article, populate: '*' })).status).toBe(400);
    expect((await cms.anonymous().get('/api/comments')).status).toBe(400);
    expect((await cms.anonymous().get('/api/articles').query({ populate: 'comments' })).status).toBe(400);
    expect((await cms.anonymous().put(`/api/comments/${id}`).send({ data: { authorName: 'x' } })).status).toBe(405);
    expect((await cms.anonymous().delete(`/api/comments/${id}`)).status).toBe(405);
  });

  it('nests approved replies under their parents', async () => {
    const root = await approved(otherArticle, { body: 'Root' });
    const reply = await approved(otherArticle, { parent: root, body: 'Reply' });
    const nested = await approved(otherArticle, { parent: reply, body: 'Reply to reply' });
    const { body } = await listComments(cms, otherArticle);
    const thread = body.data.find((comment: { id: string }) => comment.id === root);
    expect(thread.replies[0]).toMatchObject({ id: reply, parentId: root, body: 'Reply' });
    expect(thread.replies[0].replies[0]).toMatchObject({ id: nested, parentId: reply });
  });

  it('keeps pages stable while new comments arrive', async () => {
    const editor = await cms.editor();
    const fresh = await editor.createDraft(buildArticle());
    await editor.publish(fresh.body.data.documentId);
    const target = fresh.body.data.documentId;
    for (let i = 0; i < 3; i += 1) await approved(target, { body: `Comment ${i}` });
    const first = await listComments(cms, target, { pageSize: 2 });
    await approved(target, { body: 'Late comment' });
    const second = await listComments(cms, target, { pageSize: 2, page: 2, pinnedAt: first.body.meta.pinnedAt });
    expect(first.body.data.map((c: { body: string }) => c.body)).toEqual(['Comment 0', 'Comment 1']);
    expect(second.body.data.map((c: { body: string }) => c.body)).toEqual(['Comment 2']);
    expect(second.body.meta.pagination.total).toBe(3);
  });
});

describe('reply rules', () => {
  it('refuses a reply to a comment that is not approved', async () => {
    const pending = await post(article);
    const response = await submitComment(cms, buildComment(article, { parent: pending }));
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.parent).toBeTruthy();
  });

  it('refuses a reply to a comment on another story', async () => {
    const elsewhere = await approved(otherArticle);
    expect((await submitComment(cms, buildComment(article, { parent: elsewhere }))).status).toBe(400);
  });

  it('allows five levels and refuses a sixth', async () => {
    let parent: string | undefined;
    for (let level = 1; level <= 5; level += 1) parent = await approved(article, parent ? { parent } : {});
    const sixth = await submitComment(cms, buildComment(article, { parent }));
    expect(sixth.status).toBe(400);
    expect(sixth.body.error.message).toMatch(/at most 5 levels/);
  });
});

describe('erasing a commenter', () => {
  it('anonymises every comment by that email and keeps the text', async () => {
    const email = 'forget-me@example.com';
    const first = await approved(article, { authorEmail: email, authorName: 'Forget Me', body: 'Kept text one' });
    const session = await cms.loginAs('MODERATOR');
    const response = await session.request<{ erased: number }>('POST', '/moderation/commenters/erase', { email: 'FORGET-ME@example.com' });
    expect(response.status).toBe(200);
    expect(response.body.erased).toBeGreaterThanOrEqual(1);
    const queue = await session.request<{ results: Array<Record<string, unknown>> }>('GET', `/moderation/comments?article=${article}&pageSize=100`);
    const row = queue.body.results.find((comment) => comment.documentId === first);
    expect(row).toMatchObject({ authorName: 'Anonymous', authorUrl: null, authorIp: null, body: 'Kept text one' });
    expect(String(row?.authorEmail)).not.toContain('forget-me');
  });
});

describe("the site's typed client", () => {
  it('submits with the token and reads approved threads', async () => {
    const { createCmsClient } = await import('@derna/cms-client');
    const site = createCmsClient({ baseUrl: cms.server().url, token: cms.server().env.CMS_API_TOKEN });
    const { data, context } = buildComment(otherArticle, { body: 'Through the client' });
    const submitted = await site.comments.submit(data, context);
    expect(submitted).toMatchObject({ status: 'pending', body: 'Through the client' });
    await moderate(cms, [submitted.id], 'approved');
    const page = await cms.siteClient().comments.list(otherArticle, { pageSize: 50 });
    expect(page.comments.map(({ id }) => id)).toContain(submitted.id);
    expect(page.approvedCount).toBeGreaterThanOrEqual(page.comments.length);
  });
});
