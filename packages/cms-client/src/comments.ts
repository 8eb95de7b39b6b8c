import type { CommentPage, CommentReport, NewComment, PublicComment, SubmissionContext, SubmittedComment } from '@derna/contracts';
import type { Request, RequestOptions } from './request';

type CommentListResponse = { data: PublicComment[]; meta: Omit<CommentPage, 'comments'> };

export type CommentListOptions = RequestOptions & { page?: number; pageSize?: number; pinnedAt?: string };

export const createCommentsApi = (request: Request) => ({
  /** Approved comments of a published story, threaded; later pages as of `pinnedAt`. */
  async list(article: string, { page = 1, pageSize, pinnedAt, ...init }: CommentListOptions = {}): Promise<CommentPage> {
    const { data, meta } = await request<CommentListResponse>(
      '/comments',
      { article, page, ...(pageSize ? { pageSize } : {}), ...(pinnedAt ? { pinnedAt } : {}) },
      init,
    );
    return { comments: data, ...meta };
  },

  /** Submits a reader's comment. Needs the site server's token; never call it from a browser. */
  async submit(
    data: NewComment,
    context: SubmissionContext,
    { notify = false, ...init }: RequestOptions & { notify?: boolean } = {},
  ): Promise<SubmittedComment> {
    const response = await request<{ data: SubmittedComment }>('/comments', {}, {
      ...init,
      method: 'POST',
      // `notify`: email the author on approval and on replies (sent only when asked for).
      body: JSON.stringify({ data, context, ...(notify ? { notify } : {}) }),
    });
    return response.data;
  },

  /** A reader reports an approved comment. Needs the site server's token, like `submit`. */
  async report(data: CommentReport, context: { ip: string }, init: RequestOptions = {}): Promise<void> {
    await request('/comment-reports', {}, { ...init, method: 'POST', body: JSON.stringify({ data, context }) });
  },
});

export const createNotificationsApi = (request: Request) => ({
  /** One-click unsubscribe with the signed token from an email's link. No credentials needed. */
  async unsubscribe(token: string, init: RequestOptions = {}): Promise<void> {
    await request('/notifications/unsubscribe', {}, { ...init, method: 'POST', body: JSON.stringify({ token }) });
  },
});
