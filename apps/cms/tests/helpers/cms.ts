import request from 'supertest';
import { adminLogin, articleEditor, startCms, type CmsServer, type StartCmsOptions } from '@derna/testkit';
import { createCmsClient } from '@derna/cms-client';
import accounts from '../../data/seed/demo-accounts.json';

export type CmsUnderTest = {
  server: () => CmsServer;
  /** An anonymous HTTP client, as any reader or attacker is. */
  anonymous: () => ReturnType<typeof request>;
  /** The site's own typed client, anonymous. */
  siteClient: () => ReturnType<typeof createCmsClient>;
  loginAs: (role: Role) => ReturnType<typeof adminLogin>;
  editor: () => Promise<ReturnType<typeof articleEditor>>;
};

type Role = 'ADMIN' | 'EDITOR' | 'MODERATOR';

export const demoAccount = (role: Role) => {
  const account = accounts.find(({ envPrefix }) => envPrefix === role);
  if (!account) throw new Error(`No demo account for ${role}`);
  return account;
};

/**
 * Boots one Strapi for this test file (before all its tests) and removes it afterwards. Options
 * may come from a function, for what is known only once the tests run (a port of their own).
 */
export const useCms = (options: StartCmsOptions | (() => StartCmsOptions) = {}): CmsUnderTest => {
  let cms: CmsServer | undefined;
  beforeAll(async () => {
    cms = await startCms(typeof options === 'function' ? options() : options);
  }, 120_000);
  afterAll(async () => {
    await cms?.destroy();
  }, 60_000);

  const server = () => {
    if (!cms) throw new Error('The CMS has not started.');
    return cms;
  };
  // One login per role per file: Strapi rate-limits /admin/login, as it should.
  const sessions = new Map<Role, ReturnType<typeof adminLogin>>();
  const loginAs = (role: Role) => {
    const { email, password } = demoAccount(role);
    if (!sessions.has(role)) sessions.set(role, adminLogin(server().url, email, password));
    return sessions.get(role) as ReturnType<typeof adminLogin>;
  };
  return {
    server,
    anonymous: () => request(server().url),
    siteClient: () => createCmsClient({ baseUrl: server().url }),
    loginAs,
    editor: async () => articleEditor(await loginAs('EDITOR')),
  };
};

export { buildArticle } from '@derna/testkit';
