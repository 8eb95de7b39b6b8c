import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { adminLogin, fetchJson, firstArticleId, repoRoot, scratchDatabase, spawnManaged, startCms, type CmsServer } from '@derna/testkit';
import { buildComment } from '../helpers/comments';

const stack = (args: string[], env: NodeJS.ProcessEnv) =>
  spawnManaged(process.execPath, [path.join(repoRoot, 'packages/stack/bin/derna-stack.mjs'), ...args], { cwd: repoRoot, env });

type Snapshot = { articles: string[]; comments: Array<{ body: string; status: string }> };

const snapshot = async (cms: CmsServer): Promise<Snapshot> => {
  const articles = await fetchJson<{ data: Array<{ slug: string }> }>(`${cms.url}/api/articles?fields[0]=slug&pagination[pageSize]=50`);
  const admin = await adminLogin(cms.url, 'admin@derna.local', 'Derna-admin-2026');
  const queue = await admin.request<{ results: Array<{ body: string; status: string }> }>('GET', '/moderation/comments?pageSize=100');
  return {
    articles: articles.data.map(({ slug }) => slug).sort(),
    comments: queue.body.results.map(({ body, status }) => ({ body, status })).sort((a, b) => a.body.localeCompare(b.body)),
  };
};

describe('backup and restore (pnpm backup / pnpm restore)', () => {
  it('round-trips articles and comments with their statuses into an empty database', async () => {
    const source = await startCms();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'derna-backup-')), 'backup');
    let target: CmsServer | undefined;
    try {
      const article = await firstArticleId(source.url);
      const moderator = await adminLogin(source.url, 'moderator@derna.local', 'Derna-moderator-2026');
      const statuses = ['approved', 'spam', 'trash', 'pending'];
      for (const status of statuses) {
        const response = await fetchJson<{ data: { id: string } }>(`${source.url}/api/comments`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${source.env.CMS_API_TOKEN}` },
          body: JSON.stringify(buildComment(article, { body: `Comment that is ${status}` })),
        });
        await moderator.request('POST', '/moderation/comments/status', { documentIds: [response.data.id], status });
      }
      const before = await snapshot(source);
      expect(before.comments).toHaveLength(4);
      await source.stop();

      const backup = stack(['backup', file], source.env);
      expect(await backup.exited).toBe(0);
      expect(fs.existsSync(`${file}.tar.gz`)).toBe(true);

      target = await startCms({ database: await scratchDatabase() });
      await target.stop();
      const restore = stack(['restore', `${file}.tar.gz`], { ...target.env });
      expect(await restore.exited).toBe(0);
      await target.restart();

      expect(await snapshot(target)).toEqual(before);
    } finally {
      await source.destroy();
      await target?.destroy();
    }
  });
});
