import { Button, EmptyStateLayout, Flex, Loader } from '@strapi/design-system';
import { Pagination } from '@strapi/strapi/admin';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES } from '../constants';
import type { QueuePage, StatusFilter } from '../types';
import type { ApiProblem } from '../utils/api-error';
import { CommentTable } from './comment-table';

const EMPTY: Record<StatusFilter, (where: string) => string> = {
  pending: (where) => `No comments${where} are waiting for moderation.`,
  approved: (where) => `No approved comments${where} yet.`,
  spam: (where) => `No comments${where} in spam.`,
  trash: (where) => `No comments${where} in the trash.`,
  all: (where) => `No comments${where} yet.`,
};

type QueueViewProps = Omit<Parameters<typeof CommentTable>[0], 'comments' | 'showStatus'> & {
  status: StatusFilter;
  hasArticleFilter: boolean;
  queue: QueuePage | undefined;
  problem: ApiProblem | undefined;
  onRetry: () => void;
};

/** The queue's body: an error with a retry, a first load, an empty state, or the table. */
export const QueueView = ({ status, hasArticleFilter, queue, problem, onRetry, ...tableProps }: QueueViewProps) => {
  if (problem) {
    return (
      <EmptyStateLayout
        content={problem.message}
        action={
          <Button variant="secondary" onClick={onRetry}>
            Try again
          </Button>
        }
      />
    );
  }
  if (!queue) {
    return (
      <Flex justifyContent="center" padding={8}>
        <Loader>Loading comments…</Loader>
      </Flex>
    );
  }
  if (!queue.results.length) {
    return <EmptyStateLayout content={EMPTY[status](hasArticleFilter ? ' on this story' : '')} />;
  }
  const { pageCount, total } = queue.pagination;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <CommentTable comments={queue.results} showStatus={status === 'all'} {...tableProps} />
      <Pagination.Root pageCount={pageCount} total={total} defaultPageSize={DEFAULT_PAGE_SIZE}>
        <Pagination.PageSize options={PAGE_SIZES} />
        <Pagination.Links />
      </Pagination.Root>
    </Flex>
  );
};
