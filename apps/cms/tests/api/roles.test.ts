import { buildArticle, useCms } from '../helpers/cms';

const ARTICLES = '/content-manager/collection-types/api::article.article';
const cms = useCms();

describe('admin roles', () => {
  it('lets an editor write and publish articles', async () => {
    const editor = await cms.editor();
    const created = await editor.createDraft(buildArticle());
    expect(created.status).toBe(201);
    expect((await editor.publish(created.body.data.documentId)).status).toBe(200);
  });

  it('keeps a moderator out of articles', async () => {
    const moderator = await cms.loginAs('MODERATOR');
    expect((await moderator.request('GET', ARTICLES)).status).toBe(403);
    expect((await moderator.request('POST', ARTICLES, buildArticle())).status).toBe(403);
  });

  it('keeps the Public role to reading articles', async () => {
    const admin = await cms.loginAs('ADMIN');
    const roles = await admin.request<{ roles: Array<{ id: number; type: string }> }>('GET', '/users-permissions/roles');
    const publicRole = roles.body.roles.find(({ type }) => type === 'public');
    const role = await admin.request<{ role: { permissions: Record<string, { controllers: Record<string, Record<string, { enabled: boolean }>> }> } }>(
      'GET',
      `/users-permissions/roles/${publicRole?.id}`,
    );
    const enabled = Object.entries(role.body.role.permissions).flatMap(([api, { controllers }]) =>
      Object.entries(controllers).flatMap(([controller, actions]) =>
        Object.entries(actions)
          .filter(([, { enabled: on }]) => on)
          .map(([action]) => `${api}.${controller}.${action}`),
      ),
    );
    expect(enabled.sort()).toEqual([
      'api::article.article.find',
      'api::article.article.findOne',
      'api::author.author.find',
      'api::category.category.find',
      'api::comment.comment.find',
    ]);
  });
});
