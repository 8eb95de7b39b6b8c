import type { CommentPage, NewComment, PublicComment, SubmissionContext, SubmittedComment } from '@derna/contracts';
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
  async submit(data: NewComment, context: SubmissionContext, init: RequestOptions = {}): Promise<SubmittedComment> {
    const response = await request<{ data: SubmittedComment }>('/comments', {}, {
      ...init,
      method: 'POST',
      body: JSON.stringify({ data, context }),
    });
    return response.data;
  },
});
