import { useCallback, useEffect, useState } from 'react';
import type { QueueFilter, QueuePage, StatusCounts } from '../types';
import { toApiProblem, type ApiProblem } from '../utils/api-error';
import { useModerationApi } from './use-moderation-api';

type QueueState = { page?: QueuePage; counts?: StatusCounts; problem?: ApiProblem; isLoading: boolean };

/**
 * One page of the queue plus the per-status counts, loaded together so the tabs never disagree
 * with the list. The previous page stays on screen while the next one loads.
 */
export const useModerationQueue = ({ status, article, page, pageSize }: QueueFilter) => {
  const api = useModerationApi();
  const [state, setState] = useState<QueueState>({ isLoading: true });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, isLoading: true }));
    Promise.all([api.queue({ status, article, page, pageSize }, controller.signal), api.counts(controller.signal)])
      .then(([queue, counts]) => setState({ page: queue, counts, isLoading: false }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, problem: toApiProblem(error), isLoading: false }));
      });
    return () => controller.abort();
  }, [api, status, article, page, pageSize, version]);

  const refresh = useCallback(() => setVersion((current) => current + 1), []);
  return { ...state, refresh };
};
