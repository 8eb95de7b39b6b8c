import { useCallback, useEffect, useMemo } from 'react';
import { Badge, Button, Flex } from '@strapi/design-system';
import { Layouts, Page, useQueryParams, useRBAC } from '@strapi/strapi/admin';
import { DEFAULT_PAGE_SIZE, PERMISSIONS } from '../constants';
import type { CommentStatus, QueueFilter, StatusFilter } from '../types';
import { useModerationQueue } from '../hooks/use-moderation-queue';
import { useModerationActions } from '../hooks/use-moderation-actions';
import { useKnownArticles } from '../hooks/use-known-articles';
import { useSelection } from '../hooks/use-selection';
import { ACTIONS_BY_STATUS } from '../utils/status-actions';
import { StatusTabs, isStatusFilter } from '../components/status-tabs';
import { ArticleFilter } from '../components/article-filter';
import { BulkActions } from '../components/bulk-actions';
import { QueueView } from '../components/queue-view';
import { EraseCommenterDialog } from '../components/erase-commenter-dialog';
import { ReportedView } from '../components/reported-view';
import { useReported } from '../hooks/use-reported';

/** The URL holds the filter, so reloads, links and the back button keep the moderator's place. */
type QueueQuery = { status?: unknown; article?: unknown; page?: unknown; pageSize?: unknown; view?: unknown };

const positive = (value: unknown, fallback: number) => {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
};

const readFilter = (query: QueueQuery): QueueFilter => ({
  status: isStatusFilter(query.status) ? query.status : 'pending',
  article: typeof query.article === 'string' && query.article ? query.article : undefined,
  page: positive(query.page, 1),
  pageSize: Math.min(positive(query.pageSize, DEFAULT_PAGE_SIZE), 100),
});

const WRITE_PERMISSIONS = [...PERMISSIONS.moderate, ...PERMISSIONS.erase];

const ModerationPage = () => {
  const [{ query }, setQuery] = useQueryParams<QueueQuery>();
  const { status, article, page, pageSize } = readFilter(query);
  const queue = useModerationQueue({ status, article, page, pageSize });
  const reportedView = query.view === 'reported';
  const reported = useReported();
  const { allowedActions } = useRBAC(WRITE_PERMISSIONS);
  const canModerate = allowedActions.canModerate === true;
  const refreshAll = useCallback(() => (queue.refresh(), reported.refresh()), [queue.refresh, reported.refresh]);
  const actions = useModerationActions(refreshAll);
  const articles = useKnownArticles(queue.page?.results);
  const pageIds = useMemo(() => queue.page?.results.map(({ documentId }) => documentId), [queue.page]);
  const selection = useSelection(pageIds);
  const pending = queue.counts?.pending;

  const pageCount = queue.page?.pagination.pageCount;
  useEffect(() => {
    // An action can empty the last page: step back to the new last one.
    if (pageCount !== undefined && page > Math.max(pageCount, 1)) setQuery({ page: String(Math.max(pageCount, 1)) }, 'push', true);
  }, [page, pageCount, setQuery]);

  const showStatus = (next: StatusFilter) => setQuery({ status: next, page: '1' });
  const showArticle = (documentId: string | undefined) => setQuery({ article: documentId, page: '1' });
  const moderate = useCallback((documentIds: string[], target: CommentStatus) => void actions.setStatus(documentIds, target), [actions]);

  return (
    <Page.Main aria-busy={queue.isLoading}>
      <Page.Title>{pending ? `Moderation (${pending} pending)` : 'Moderation'}</Page.Title>
      <Layouts.Header
        title="Moderation"
        subtitle="Readers' comments: approve them, or send them to spam or the trash."
        secondaryAction={pending ? <Badge variant="warning">{`${pending} pending`}</Badge> : undefined}
        primaryAction={allowedActions.canErase ? <EraseCommenterDialog eraseCommenter={actions.eraseCommenter} isBusy={actions.isBusy} /> : undefined}
      />
      <Layouts.Content>
        <Flex gap={2} paddingBottom={4}>
          <Button variant={reportedView ? 'tertiary' : 'secondary'} aria-pressed={!reportedView} onClick={() => setQuery({ view: undefined })}>
            Queue
          </Button>
          <Button variant={reportedView ? 'secondary' : 'tertiary'} aria-pressed={reportedView} onClick={() => setQuery({ view: 'reported' })}>
            {reported.comments ? `Reported (${reported.comments.length})` : 'Reported'}
          </Button>
        </Flex>
        {reportedView ? (
          <ReportedView
            comments={reported.comments}
            problem={reported.problem?.message}
            canModerate={canModerate}
            isBusy={actions.isBusy}
            onAction={moderate}
            onDismiss={(documentIds) => void reported.dismiss(documentIds)}
          />
        ) : (
        <StatusTabs value={status} counts={queue.tabCounts} onChange={showStatus}>
          <Flex direction="column" alignItems="stretch" gap={4} paddingTop={4}>
            <Flex justifyContent="space-between" alignItems="flex-end" wrap="wrap" gap={4}>
              <ArticleFilter articles={articles} value={article} onChange={showArticle} />
              {canModerate && (
                <BulkActions
                  actions={ACTIONS_BY_STATUS[status]}
                  selectedCount={selection.selected.size}
                  isBusy={actions.isBusy}
                  onAction={(target) => moderate([...selection.selected], target)}
                  onClear={selection.clear}
                />
              )}
            </Flex>
            <QueueView
              status={status}
              hasArticleFilter={Boolean(article)}
              queue={queue.page}
              problem={queue.problem}
              onRetry={queue.refresh}
              canModerate={canModerate}
              isBusy={actions.isBusy}
              selected={selection.selected}
              onSelect={selection.toggle}
              onSelectAll={selection.toggleAll}
              onAction={moderate}
              onFilterArticle={showArticle}
            />
          </Flex>
        </StatusTabs>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};

/** The route's component; the menu link hides it from others, this guards a typed-in URL. */
export const ModerationApp = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <ModerationPage />
  </Page.Protect>
);
