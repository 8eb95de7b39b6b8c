import { adminLogin, freePort, startCms, startWeb, type AdminSession, type CmsServer, type WebServer } from '@derna/testkit';
import { startCountingProxy, type CountingProxy } from './proxy';
import { pidListeningOn, processGroupOf } from './processes';

export const STORY_SLUG = 'libya-haftars-army-in-control-of-derna';
export const MODERATOR = { email: 'moderator@derna.local', password: 'Derna-moderator-2026' };
export const ADMIN = { email: 'admin@derna.local', password: 'Derna-admin-2026' };
/** The limits of one reader; the benchmark posts as many readers at once. */
export const RELAXED_LIMITS = { COMMENT_FLOOD_SECONDS: '0', COMMENT_RATE_LIMIT: '0', COMMENT_MIN_SUBMIT_SECONDS: '0' };
const SHARED_SECRETS = ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'CMS_API_TOKEN'] as const;

export type SiteStack = {
  cms: CmsServer;
  web: WebServer;
  /** Between the site and Strapi: counts the site's requests to the CMS. */
  proxy: CountingProxy;
  moderator: AdminSession;
  /** The Content Manager, as an admin uses it. */
  admin: AdminSession;
  articleId: string;
  storyUrl: string;
  groups: { web: number; cms: number };
  stop: () => Promise<void>;
};

/** The published story's document id, as a reader's client would find it. */
export const articleIdOf = async (cmsUrl: string, slug = STORY_SLUG): Promise<string> => {
  const response = await fetch(`${cmsUrl}/api/articles?filters[slug][$eq]=${slug}&fields[0]=slug`);
  const body = (await response.json()) as { data?: Array<{ documentId: string }> };
  const id = body.data?.[0]?.documentId;
  if (!id) throw new Error(`The story ${slug} is not published on ${cmsUrl} (HTTP ${response.status})`);
  return id;
};

/**
 * Strapi on a scratch SQLite file (the story seeded on first boot), the site built normally and
 * served by `next start`, talking to Strapi through the counting proxy.
 */
export const startSiteStack = async (): Promise<SiteStack> => {
  const webPort = await freePort();
  const cms = await startCms({ env: { WEB_URL: `http://127.0.0.1:${webPort}`, BENCH_BASELINE_ROUTES: 'true', ...RELAXED_LIMITS } });
  const proxy = await startCountingProxy(cms.url);
  try {
    const secrets = Object.fromEntries(SHARED_SECRETS.map((name) => [name, cms.env[name] ?? '']));
    const web = await startWeb({ cmsUrl: proxy.url, port: webPort, env: secrets, distDir: '.next-bench' });
    const stop = async () => {
      await web.stop();
      await proxy.close();
      await cms.destroy();
    };
    return {
      cms, web, proxy, stop,
      moderator: await adminLogin(cms.url, MODERATOR.email, MODERATOR.password),
      admin: await adminLogin(cms.url, ADMIN.email, ADMIN.password),
      articleId: await articleIdOf(cms.url),
      storyUrl: `${web.url}/news/${STORY_SLUG}`,
      groups: { web: processGroupOf(pidListeningOn(web.port)), cms: processGroupOf(pidListeningOn(cms.port)) },
    };
  } catch (error) {
    await proxy.close();
    await cms.destroy();
    throw error;
  }
};

export type PostResult = { status: number; ms: number; id?: string };

/** A reader's comment through the site's JSON endpoint, as a script would post it. */
export const postComment = async (webUrl: string, fields: { article: string; body: string; email: string; parent?: string }): Promise<PostResult> => {
  const started = performance.now();
  const response = await fetch(`${webUrl}/api/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ article: fields.article, parent: fields.parent, authorName: 'Bench reader', authorEmail: fields.email, body: fields.body }),
  });
  const payload = (await response.json().catch(() => null)) as { comment?: { id: string } } | null;
  return { status: response.status, ms: performance.now() - started, id: payload?.comment?.id };
};

/** Approve (or otherwise moderate) comments as the moderator does in the admin. */
export const moderate = async (moderator: AdminSession, documentIds: string[], status = 'approved') => {
  const { status: http } = await moderator.request('POST', '/moderation/comments/status', { documentIds, status });
  if (http !== 200) throw new Error(`Moderation answered HTTP ${http}`);
};

/** Every comment body on a story in the moderation queue (all pages of 100), as a moderator sees them. */
export const queuedBodies = async (moderator: AdminSession, article: string, status = 'pending'): Promise<string[]> => {
  const bodies: string[] = [];
  for (let page = 1; ; page += 1) {
    const { status: http, body } = await moderator.request<{ results: Array<{ body: string }>; pagination: { pageCount: number } }>(
      'GET', `/moderation/comments?status=${status}&article=${article}&page=${page}&pageSize=100`,
    );
    if (http !== 200) throw new Error(`The moderation queue answered HTTP ${http}`);
    bodies.push(...body.results.map((comment) => comment.body));
    if (page >= body.pagination.pageCount) return bodies;
  }
};
