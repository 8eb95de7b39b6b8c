import { articleSchema } from '@derna/contracts';
import { buildArticle, useCms } from '../helpers/cms';

const DERNA_SLUG = 'libya-haftars-army-in-control-of-derna';
const cms = useCms();

describe('public article API', () => {
  it('lists the seeded Derna story', async () => {
    const { articles, pagination } = await cms.siteClient().articles.list();
    expect(articles.map(({ slug }) => slug)).toContain(DERNA_SLUG);
    expect(pagination.total).toBe(articles.length);
  });

  it('fetches the story by slug, in the shape the contracts promise', async () => {
    const article = await cms.siteClient().articles.bySlug(DERNA_SLUG);
    expect(article).not.toBeNull();
    expect(() => articleSchema.parse(article)).not.toThrow();
    expect(article?.title).toBe('Libya: Haftar’s army in control of Derna');
    expect(article?.category?.name).toBe('Libya');
    expect(article?.author?.name).toBeTruthy();
    const text = JSON.stringify(article?.body);
    expect(text).toContain('75% of the city of Derna');
    expect(text).toContain('would be over in two days');
    // Page chrome from the source file is the site's job, never body text.
    for (const chrome of ['Show More', 'Leave a Reply', 'Back to top']) expect(text).not.toContain(chrome);
  });

  it('answers an unknown slug with no article', async () => {
    expect(await cms.siteClient().articles.bySlug('no-such-story')).toBeNull();
  });

  it('refuses unknown query parameters (strict params)', async () => {
    const response = await cms.anonymous().get('/api/articles').query({ foo: 'bar' });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/foo/);
  });

  it('caps the page size', async () => {
    const response = await cms.anonymous().get('/api/articles').query({ 'pagination[pageSize]': 1000 });
    expect(response.status).toBe(200);
    expect(response.body.meta.pagination.pageSize).toBeLessThanOrEqual(50);
  });
});

describe('drafts are not public', () => {
  let draft: { documentId: string; slug: string };

  beforeAll(async () => {
    const editor = await cms.editor();
    const fixture = buildArticle({ title: 'Unpublished scoop' });
    const created = await editor.createDraft(fixture);
    expect(created.status).toBe(201);
    draft = { documentId: created.body.data.documentId, slug: fixture.slug };
  });

  it('is not listed', async () => {
    const response = await cms.anonymous().get('/api/articles').query({ 'pagination[pageSize]': 50 });
    expect(response.body.data.map((article: { slug: string }) => article.slug)).not.toContain(draft.slug);
  });

  it('is not found by slug, even when asking for status=draft', async () => {
    for (const status of [undefined, 'draft']) {
      const response = await cms
        .anonymous()
        .get('/api/articles')
        .query({ 'filters[slug][$eq]': draft.slug, ...(status ? { status } : {}) });
      expect(response.status).toBe(200);
      expect(response.body.data).toEqual([]);
      expect(response.body.meta.pagination.total).toBe(0);
    }
  });

  it('is not found by document id', async () => {
    const plain = await cms.anonymous().get(`/api/articles/${draft.documentId}`);
    const asDraft = await cms.anonymous().get(`/api/articles/${draft.documentId}`).query({ status: 'draft' });
    expect(plain.status).toBe(404);
    expect(asDraft.status).toBe(404);
  });

  it('becomes public once published, and private again once unpublished', async () => {
    const editor = await cms.editor();
    expect((await editor.publish(draft.documentId)).status).toBe(200);
    expect(await cms.siteClient().articles.bySlug(draft.slug)).not.toBeNull();
    expect((await editor.unpublish(draft.documentId)).status).toBe(200);
    expect(await cms.siteClient().articles.bySlug(draft.slug)).toBeNull();
  });
});

describe('the public role cannot write', () => {
  const payload = { data: { title: 'Vandalised', slug: 'vandalised', body: [] } };

  it('cannot create an article', async () => {
    const response = await cms.anonymous().post('/api/articles').send(payload);
    expect([403, 404, 405]).toContain(response.status);
    expect(await cms.siteClient().articles.bySlug('vandalised')).toBeNull();
  });

  it('cannot update or delete the Derna story', async () => {
    const before = await cms.siteClient().articles.bySlug(DERNA_SLUG);
    const id = before?.documentId;
    const update = await cms.anonymous().put(`/api/articles/${id}`).send(payload);
    const remove = await cms.anonymous().delete(`/api/articles/${id}`);
    expect([403, 404, 405]).toContain(update.status);
    expect([403, 404, 405]).toContain(remove.status);
    expect(await cms.siteClient().articles.bySlug(DERNA_SLUG)).toEqual(before);
  });

  it('cannot register a user', async () => {
    const response = await cms
      .anonymous()
      .post('/api/auth/local/register')
      .send({ username: 'intruder', email: 'intruder@example.com', password: 'Intruder-2026!' });
    expect([403, 404, 405]).toContain(response.status);
  });
});

describe("the site server's token", () => {
  it('reads drafts for editor preview', async () => {
    const editor = await cms.editor();
    const fixture = buildArticle({ title: 'Draft for preview' });
    expect((await editor.createDraft(fixture)).status).toBe(201);
    const { createCmsClient } = await import('@derna/cms-client');
    const preview = createCmsClient({ baseUrl: cms.server().url, token: cms.server().env.CMS_API_TOKEN });
    expect((await preview.articles.bySlug(fixture.slug, { draft: true }))?.title).toBe('Draft for preview');
    expect(await cms.siteClient().articles.bySlug(fixture.slug)).toBeNull();
  });

  it('is refused when wrong', async () => {
    const response = await cms.anonymous().get('/api/articles').set('Authorization', 'Bearer not-the-token');
    expect(response.status).toBe(401);
  });
});
