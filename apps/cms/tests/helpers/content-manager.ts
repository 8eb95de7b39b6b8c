import type { CmsUnderTest } from './cms';

export const COMMENTS = '/content-manager/collection-types/api::comment.comment';

type Role = 'ADMIN' | 'EDITOR' | 'MODERATOR';
export type ListedComment = Record<string, unknown> & { documentId: string };
export type Configuration = {
  settings: Record<string, unknown>;
  metadatas: Record<string, { edit: Record<string, unknown>; list: Record<string, unknown> }>;
  layouts: { list: string[]; edit: Array<Array<{ name: string; size: number }>> };
};

/** The Content Manager's comment list, as the admin's list view asks for it. */
export const listCommentsAs = async (cms: CmsUnderTest, role: Role, query = 'page=1&pageSize=100&sort=createdAt:DESC') => {
  const session = await cms.loginAs(role);
  return session.request<{ results: ListedComment[] }>('GET', `${COMMENTS}?${query}`);
};

/** A content type's Content Manager configuration, with its components', as the admin loads it. */
export const configurationOf = async (cms: CmsUnderTest, uid: string) => {
  const admin = await cms.loginAs('ADMIN');
  const response = await admin.request<{ data: { contentType: Configuration; components: Record<string, Configuration> } }>(
    'GET',
    `/content-manager/content-types/${uid}/configuration`,
  );
  expect(response.status).toBe(200);
  return response.body.data;
};
