import { useCms } from '../helpers/cms';

const DERNA_SLUG = 'libya-haftars-army-in-control-of-derna';
const cms = useCms();

const restart = async () => {
  await cms.server().stop();
  await cms.server().restart();
};

const countArticles = async () => {
  const response = await cms.anonymous().get('/api/articles').query({ 'pagination[pageSize]': 50, fields: ['slug'] });
  return response.body.meta.pagination.total as number;
};

describe('seeding the Derna story', () => {
  it('is idempotent: a second boot changes nothing', async () => {
    const before = await cms.siteClient().articles.bySlug(DERNA_SLUG);
    expect(before).not.toBeNull();
    expect(await countArticles()).toBe(1);

    await restart();

    expect(await countArticles()).toBe(1);
    expect(await cms.siteClient().articles.bySlug(DERNA_SLUG)).toEqual(before);
  });

  it("never overwrites an editor's edit", async () => {
    const editor = await cms.editor();
    const story = await cms.siteClient().articles.bySlug(DERNA_SLUG);
    const documentId = story?.documentId ?? '';
    expect((await editor.update(documentId, { dek: 'Edited by the desk.' })).status).toBe(200);
    expect((await editor.publish(documentId)).status).toBe(200);

    await restart();

    expect((await cms.siteClient().articles.bySlug(DERNA_SLUG))?.dek).toBe('Edited by the desk.');
  });

  it('does not bring back a story the editors deleted', async () => {
    const editor = await cms.editor();
    const story = await cms.siteClient().articles.bySlug(DERNA_SLUG);
    expect((await editor.remove(story?.documentId ?? '')).status).toBe(200);

    await restart();

    expect(await countArticles()).toBe(0);
  });

  it('creates each demo account once', async () => {
    const session = await cms.loginAs('ADMIN');
    const users = await session.request<{ data: { results: Array<{ email: string }> } }>('GET', '/admin/users?pageSize=100');
    const emails = users.body.data.results.map(({ email }) => email).sort();
    expect(emails).toEqual(['admin@derna.local', 'editor@derna.local', 'moderator@derna.local']);
  });
});
