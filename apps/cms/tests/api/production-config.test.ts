import { adminLogin, cmsDir, scratchSqlite, spawnManaged, startCms, startCommand, testSecrets } from '@derna/testkit';

describe('production mode', () => {
  it('refuses to start without secrets, naming the missing one', async () => {
    const database = await scratchSqlite();
    const { APP_KEYS: _keys, ADMIN_JWT_SECRET: _jwt, ...env } = process.env;
    const start = startCommand(cmsDir, []);
    const strapi = spawnManaged(start.command, start.args, {
      cwd: cmsDir,
      env: { ...env, ...testSecrets(), APP_KEYS: '', ADMIN_JWT_SECRET: '', ...database.env, NODE_ENV: 'production', CMS_PORT: '0' },
    });
    const code = await strapi.exited;
    await database.drop();
    expect(code).not.toBe(0);
    expect(strapi.output()).toMatch(/Missing APP_KEYS, ADMIN_JWT_SECRET\. Set them in the environment/);
  });

  it('creates no demo accounts unless their credentials are given', async () => {
    const cms = await startCms({ env: { NODE_ENV: 'production', ADMIN_EMAIL: 'chief@example.com', ADMIN_PASSWORD: 'Chief-editor-2026' } });
    try {
      await expect(adminLogin(cms.url, 'chief@example.com', 'Chief-editor-2026')).resolves.toBeTruthy();
      await expect(adminLogin(cms.url, 'editor@derna.local', 'Derna-editor-2026')).rejects.toThrow(/login failed/);
      await expect(adminLogin(cms.url, 'admin@derna.local', 'Derna-admin-2026')).rejects.toThrow(/login failed/);
    } finally {
      await cms.destroy();
    }
  }, 120_000);
});
