import { useCallback, useState } from 'react';
import { useNotification } from '@strapi/strapi/admin';
import type { CommentStatus } from '../types';
import { toApiProblem, type ApiProblem } from '../utils/api-error';
import { useModerationApi } from './use-moderation-api';

type Outcome<T> = { ok: true; result: T } | { ok: false; problem: ApiProblem };
type Notice = { type: 'success' | 'info' | 'warning'; message: string };

const comments = (count: number) => `${count} comment${count === 1 ? '' : 's'}`;

const DONE: Record<CommentStatus, (count: number) => string> = {
  approved: (count) => `Approved ${comments(count)}.`,
  spam: (count) => `Marked ${comments(count)} as spam.`,
  trash: (count) => `Moved ${comments(count)} to the trash.`,
  pending: (count) => `Moved ${comments(count)} back to Pending.`,
};

/** The page's writes: each one notifies the moderator, then asks the page to reload. */
export const useModerationActions = (onChanged: () => void) => {
  const api = useModerationApi();
  const { toggleNotification } = useNotification();
  const [isBusy, setIsBusy] = useState(false);

  const run = useCallback(
    async <T>(request: () => Promise<T>, describe: (result: T) => Notice): Promise<Outcome<T>> => {
      setIsBusy(true);
      try {
        const result = await request();
        toggleNotification(describe(result));
        onChanged();
        return { ok: true, result };
      } catch (error) {
        const problem = toApiProblem(error);
        toggleNotification({ type: 'danger', message: problem.message });
        return { ok: false, problem };
      } finally {
        setIsBusy(false);
      }
    },
    [onChanged, toggleNotification],
  );

  const setStatus = useCallback(
    (documentIds: string[], status: CommentStatus) =>
      run(
        () => api.setStatus(documentIds, status),
        ({ updated }) => {
          const missing = documentIds.length - updated;
          return missing > 0
            ? { type: 'warning', message: `${DONE[status](updated)} ${comments(missing)} no longer existed.` }
            : { type: 'success', message: DONE[status](updated) };
        },
      ),
    [api, run],
  );

  const eraseCommenter = useCallback(
    (email: string) =>
      run(
        () => api.eraseCommenter(email),
        ({ erased }) =>
          erased
            ? { type: 'success', message: `Erased the personal data on ${comments(erased)} by ${email}.` }
            : { type: 'info', message: `No comments by ${email} were found: nothing to erase.` },
      ),
    [api, run],
  );

  return { isBusy, setStatus, eraseCommenter };
};
