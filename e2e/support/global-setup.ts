import { freePort, startCms, startWeb, type CmsServer } from '@derna/testkit';
import { buildCms } from './build-cms';
import { timed } from './log';
import { STACK_KEY, type Stack } from './stack';

// Flood and rate limits have their own tests in the CMS; here every journey posts freely.
const RELAXED_LIMITS = { COMMENT_FLOOD_SECONDS: '0', COMMENT_RATE_LIMIT: '0', COMMENT_MIN_SUBMIT_SECONDS: '0' };
const SHARED_SECRETS = ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'CMS_API_TOKEN'] as const;
// Apart from the HTML tests' build and the developer's `.next` (every .next-* is git-ignored).
const WEB_DIST_DIR = '.next-e2e';

/**
 * Builds the CMS (admin UI included), boots it on a scratch SQLite database, then builds the
 * site against it and serves it with `next start`. The CMS knows the site's address in advance,
 * so its revalidation calls and its Preview button reach it.
 */
export default async function globalSetup() {
  await buildCms();
  const webPort = await freePort();
  let cms: CmsServer | undefined;
  try {
    cms = await timed('Starting the CMS', () => startCms({ env: { WEB_URL: `http://127.0.0.1:${webPort}`, ...RELAXED_LIMITS } }));
    const cmsUrl = cms.url;
    const secrets = Object.fromEntries(SHARED_SECRETS.map((name) => [name, cms?.env[name] ?? '']));
    const web = await timed('Building and starting the site', () => startWeb({ cmsUrl, port: webPort, env: secrets, distDir: WEB_DIST_DIR }));
    (globalThis as Record<string, unknown>)[STACK_KEY] = { cms, web } satisfies Stack;
    process.env.E2E_CMS_URL = cms.url;
    process.env.E2E_WEB_URL = web.url;
  } catch (error) {
    await cms?.destroy();
    throw error;
  }
}
