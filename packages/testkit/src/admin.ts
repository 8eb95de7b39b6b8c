/** The Strapi admin API, as an editor's browser uses it. */
export type AdminSession = {
  token: string;
  request: <T = unknown>(method: string, path: string, body?: unknown) => Promise<{ status: number; body: T }>;
};

/**
 * No admin action may take longer than this: a request still unanswered after it fails the test
 * (the Content Manager's bulk delete once hung for 60 s on a transaction waiting for itself).
 */
export const ADMIN_ACTION_TIMEOUT_MS = 30_000;

/** A session from an admin token already issued (e.g. logged in once for a whole test run). */
export const adminSession = (cmsUrl: string, token: string): AdminSession => ({
  token,
  async request<T>(method: string, path: string, payload?: unknown) {
    const res = await fetch(`${cmsUrl}${path}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: payload === undefined ? undefined : JSON.stringify(payload),
      signal: AbortSignal.timeout(ADMIN_ACTION_TIMEOUT_MS),
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as T };
  },
});

/** Logs in as the admin UI does. Strapi rate-limits logins: log in once, reuse the session. */
export const adminLogin = async (cmsUrl: string, email: string, password: string): Promise<AdminSession> => {
  const response = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = (await response.json()) as { data?: { token?: string } };
  if (!response.ok || !body.data?.token) throw new Error(`Admin login failed for ${email}: HTTP ${response.status}`);
  return adminSession(cmsUrl, body.data.token);
};

const ARTICLES = '/content-manager/collection-types/api::article.article';

type DocumentResponse = { data: { documentId: string; [key: string]: unknown } };

/** Article actions an editor takes in the admin UI. */
export const articleEditor = (session: AdminSession) => ({
  createDraft: (data: Record<string, unknown>) => session.request<DocumentResponse>('POST', ARTICLES, data),
  update: (documentId: string, data: Record<string, unknown>) =>
    session.request<DocumentResponse>('PUT', `${ARTICLES}/${documentId}`, data),
  publish: (documentId: string) => session.request<DocumentResponse>('POST', `${ARTICLES}/${documentId}/actions/publish`, {}),
  unpublish: (documentId: string) =>
    session.request<DocumentResponse>('POST', `${ARTICLES}/${documentId}/actions/unpublish`, {}),
  remove: (documentId: string) => session.request('DELETE', `${ARTICLES}/${documentId}`),
});
