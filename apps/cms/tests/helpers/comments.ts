import crypto from 'node:crypto';
import type { CmsUnderTest } from './cms';

const unique = () => crypto.randomBytes(5).toString('hex');

/** A valid submission as the site's server sends it; every call is a new reader on a new IP. */
export const buildComment = (article: string, data: Record<string, unknown> = {}, context: Record<string, unknown> = {}) => {
  const id = unique();
  return {
    data: {
      article,
      authorName: `Reader ${id}`,
      authorEmail: `reader-${id}@example.com`,
      authorUrl: 'https://example.com/blog',
      body: `A considered opinion, number ${id}.`,
      ...data,
    },
    context: {
      ip: `10.${crypto.randomInt(255)}.${crypto.randomInt(255)}.${crypto.randomInt(1, 255)}`,
      userAgent: 'Mozilla/5.0 (test)',
      honeypotFilled: false,
      elapsedMs: 20_000,
      ...context,
    },
  };
};

/** Submits as the site's server does, with its token. */
export const submitComment = (cms: CmsUnderTest, payload: unknown) =>
  cms.anonymous().post('/api/comments').set('Authorization', `Bearer ${cms.server().env.CMS_API_TOKEN}`).send(payload as object);

const COMMENTS = '/content-manager/collection-types/api::comment.comment';

/** Reads a comment as an admin does, private fields included. */
export const adminReadComment = async (cms: CmsUnderTest, documentId: string) => {
  const admin = await cms.loginAs('ADMIN');
  const response = await admin.request<{ data: Record<string, unknown> }>('GET', `${COMMENTS}/${documentId}`);
  return response.body.data;
};

/** Moderates through the Moderation plugin's admin API, as a moderator's browser does. */
export const moderate = async (cms: CmsUnderTest, documentIds: string[], status: string, role: 'MODERATOR' | 'ADMIN' | 'EDITOR' = 'MODERATOR') => {
  const session = await cms.loginAs(role);
  return session.request('POST', '/moderation/comments/status', { documentIds, status });
};

export const listComments = (cms: CmsUnderTest, article: string, query: Record<string, string | number> = {}) =>
  cms.anonymous().get('/api/comments').query({ article, ...query });
