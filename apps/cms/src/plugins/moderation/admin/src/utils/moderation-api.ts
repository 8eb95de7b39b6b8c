import type { FetchClient } from '@strapi/strapi/admin';
import type { CommentStatus, QueueFilter, QueuePage, ReportedComment, StatusCounts } from '../types';

const queueParams = ({ status, article, page, pageSize }: QueueFilter) => ({
  ...(status === 'all' ? {} : { status }),
  ...(article ? { article } : {}),
  page,
  pageSize,
});

/** Every call the Moderation page makes; the fetch client adds the admin URL and the admin JWT. */
export const createModerationApi = ({ get, post }: Pick<FetchClient, 'get' | 'post'>) => {
  const queue = async (filter: QueueFilter, signal?: AbortSignal) =>
    (await get<QueuePage>('/moderation/comments', { params: queueParams(filter), signal })).data;

  return {
    queue,

    counts: async (signal?: AbortSignal) => (await get<StatusCounts>('/moderation/comments/counts', { signal })).data,

    countsOnArticle: async (article: string, signal?: AbortSignal) =>
      (await get<StatusCounts>('/moderation/comments/counts', { params: { article }, signal })).data,

    setStatus: async (documentIds: string[], status: CommentStatus) =>
      (await post<{ updated: number }>('/moderation/comments/status', { documentIds, status })).data,

    reported: async (signal?: AbortSignal) => (await get<{ data: ReportedComment[] }>('/moderation/reports', { signal })).data.data,

    dismissReports: async (documentIds: string[]) =>
      (await post<{ dismissed: number }>('/moderation/reports/dismiss', { documentIds })).data,

    eraseCommenter: async (email: string) => (await post<{ erased: number }>('/moderation/commenters/erase', { email })).data,
  };
};

export type ModerationApi = ReturnType<typeof createModerationApi>;
