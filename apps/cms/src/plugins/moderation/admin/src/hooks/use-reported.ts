import { useCallback, useEffect, useState } from 'react';
import { useNotification } from '@strapi/strapi/admin';
import type { ReportedComment } from '../types';
import { toApiProblem, type ApiProblem } from '../utils/api-error';
import { useModerationApi } from './use-moderation-api';

/** The Reported view's list, reloaded after every action; and the one action of its own: dismiss. */
export const useReported = () => {
  const api = useModerationApi();
  const { toggleNotification } = useNotification();
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<{ comments?: ReportedComment[]; problem?: ApiProblem; loading: boolean }>({ loading: true });

  useEffect(() => {
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    api
      .reported(controller.signal)
      .then((comments) => setState({ comments, loading: false }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState((previous) => ({ ...previous, problem: toApiProblem(error), loading: false }));
      });
    return () => controller.abort();
  }, [api, version]);

  const refresh = useCallback(() => setVersion((current) => current + 1), []);

  const dismiss = useCallback(
    async (documentIds: string[]) => {
      try {
        const { dismissed } = await api.dismissReports(documentIds);
        toggleNotification({ type: 'success', message: `Dismissed ${dismissed} report${dismissed === 1 ? '' : 's'}.` });
      } catch (error) {
        toggleNotification({ type: 'danger', message: toApiProblem(error).message });
      }
      refresh();
    },
    [api, refresh, toggleNotification],
  );

  return { ...state, refresh, dismiss };
};
