import { useCallback, useEffect, useState } from 'react';
import type { QueueFilter, QueuePage, StatusCounts } from '../types';
import { toApiProblem, type ApiProblem } from '../utils/api-error';
import { useModerationApi } from './use-moderation-api';

/** `counts` are the whole queue's; `tabCounts` those of the story filtered on, if any. */
type Loaded = { key: string; page?: QueuePage; counts?: StatusCounts; tabCounts?: StatusCounts; problem?: ApiProblem };

/**
 * One page of the queue plus the per-status counts, loaded together so the tabs never disagree
 * with the list. The previous page stays on screen while the next one loads.
 */
export const useModerationQueue = ({ status, article, page, pageSize }: QueueFilter) => {
  const api = useModerationApi();
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState<Loaded>({ key: '' });
  const key = JSON.stringify([status, article, page, pageSize, version]);

  useEffect(() => {
    const controller = new AbortController();
    const { signal } = controller;
    Promise.all([
      api.queue({ status, article, page, pageSize }, signal),
      api.counts(signal),
      article ? api.countsOnArticle(article, signal) : undefined,
    ])
      .then(([queue, counts, articleCounts]) => setLoaded({ key, page: queue, counts, tabCounts: articleCounts ?? counts }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setLoaded((previous) => ({ ...previous, key, problem: toApiProblem(error) }));
      });
    return () => controller.abort();
  }, [api, key, status, article, page, pageSize]);

  const refresh = useCallback(() => setVersion((current) => current + 1), []);
  const { page: queue, counts, tabCounts, problem } = loaded;
  return { page: queue, counts, tabCounts, problem, isLoading: loaded.key !== key, refresh };
};
