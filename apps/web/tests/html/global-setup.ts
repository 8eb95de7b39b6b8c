import { adminLogin, freePort, startCms, startWeb, type CmsServer } from '@derna/testkit';
import { STACK_KEY, type Stack } from './stack';

const ADMIN = { email: 'admin@derna.local', password: 'Derna-admin-2026' };
const EDITOR = { email: 'editor@derna.local', password: 'Derna-editor-2026' };
const MODERATOR = { email: 'moderator@derna.local', password: 'Derna-moderator-2026' };
// Flood and rate limits have their own tests in the CMS; here every test posts freely.
const RELAXED_LIMITS = { COMMENT_FLOOD_SECONDS: '0', COMMENT_RATE_LIMIT: '0', COMMENT_MIN_SUBMIT_SECONDS: '0' };
// Reports from this many distinct readers send a comment back to pending (3 by default): a small
// number of our own, which the reader-report test reads back from the CMS's environment.
const REPORTS = { COMMENT_REPORT_THRESHOLD: '2' };
const SHARED_SECRETS = ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'CMS_API_TOKEN'] as const;

/**
 * Boots the real stack once for every HTML test: Strapi on a scratch database, then the site built
 * against it and served by `next start`. The CMS knows the site's address before the site exists,
 * so its revalidation calls reach it.
 */
export default async function globalSetup() {
  const webPort = await freePort();
  let cms: CmsServer | undefined;
  try {
    cms = await startCms({ env: { WEB_URL: `http://127.0.0.1:${webPort}`, ...RELAXED_LIMITS, ...REPORTS } });
    const secrets = Object.fromEntries(SHARED_SECRETS.map((name) => [name, cms?.env[name] ?? '']));
    const web = await startWeb({ cmsUrl: cms.url, port: webPort, env: secrets });
    (globalThis as Record<string, unknown>)[STACK_KEY] = { cms, web } satisfies Stack;
    process.env.TEST_CMS_URL = cms.url;
    process.env.TEST_WEB_URL = web.url;
    for (const name of SHARED_SECRETS) process.env[`TEST_${name}`] = secrets[name];
    // Strapi rate-limits admin logins: one for the whole run.
    process.env.TEST_EDITOR_TOKEN = (await adminLogin(cms.url, EDITOR.email, EDITOR.password)).token;
    process.env.TEST_MODERATOR_TOKEN = (await adminLogin(cms.url, MODERATOR.email, MODERATOR.password)).token;
    process.env.TEST_ADMIN_TOKEN = (await adminLogin(cms.url, ADMIN.email, ADMIN.password)).token;
    // For a script that loads Strapi beside the server, on the same database (a maintenance job).
    process.env.TEST_CMS_ENV = JSON.stringify(cms.env);
  } catch (error) {
    await cms?.destroy();
    throw error;
  }
}
