import { adminLogin, startCms, startWeb, type AdminSession, type CmsServer, type WebServer } from '@derna/testkit';

export type ResilienceStack = { cms: CmsServer; web: WebServer; moderator: AdminSession; articleId: string };

const SHARED = ['REVALIDATE_SECRET', 'PREVIEW_SECRET', 'CMS_API_TOKEN'] as const;

/** A CMS and a site for one fault test; limits raised so that only the fault under test bites. */
export const startStack = async (cmsEnv: Record<string, string> = {}): Promise<ResilienceStack> => {
  const cms = await startCms({
    env: { COMMENT_FLOOD_SECONDS: '0', COMMENT_RATE_LIMIT: '0', COMMENT_MIN_SUBMIT_SECONDS: '0', ...cmsEnv },
  });
  const secrets = Object.fromEntries(SHARED.map((name) => [name, cms.env[name] ?? '']));
  const web = await startWeb({ cmsUrl: cms.url, env: secrets, distDir: '.next-resilience' });
  const moderator = await adminLogin(cms.url, 'moderator@derna.local', 'Derna-moderator-2026');
  const articles = await fetch(`${cms.url}/api/articles?fields[0]=slug`).then((r) => r.json());
  return { cms, web, moderator, articleId: articles.data[0].documentId };
};

export const stopStack = async (stack: ResilienceStack | undefined) => {
  await stack?.web.stop();
  await stack?.cms.destroy();
};

/** Every stored comment's body, read as a moderator does (all statuses). */
export const storedBodies = async ({ moderator }: ResilienceStack): Promise<string[]> => {
  const bodies: string[] = [];
  for (let page = 1; ; page += 1) {
    const { body } = await moderator.request<{ results: Array<{ body: string }>; pagination: { pageCount: number } }>(
      'GET',
      `/moderation/comments?page=${page}&pageSize=100`,
    );
    bodies.push(...body.results.map((comment) => comment.body));
    if (page >= body.pagination.pageCount) return bodies;
  }
};

export const postComment = (web: WebServer, articleId: string, body: string) =>
  fetch(`${web.url}/api/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ article: articleId, authorName: 'Load', authorEmail: `load-${body.replace(/\W/g, '')}@example.com`, body }),
  }).then(async (response) => ({ status: response.status, payload: await response.json().catch(() => null) }));
