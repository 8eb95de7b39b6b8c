import { useCallback, useEffect, useMemo, useState } from 'react';
import type { KnownArticle, QueueComment } from '../types';
import { useModerationApi } from './use-moderation-api';

const SEED_SIZE = 100;

/**
 * The stories the article filter offers: those of the latest comments of any status, plus every
 * story seen in the queue since. Moderators have no access to the articles themselves.
 */
export const useKnownArticles = (rows: QueueComment[] | undefined): KnownArticle[] => {
  const api = useModerationApi();
  const [titles, setTitles] = useState<ReadonlyMap<string, string>>(new Map());

  const remember = useCallback((comments: QueueComment[]) => {
    setTitles((previous) => {
      const unseen = comments.filter(({ article }) => !previous.has(article));
      if (!unseen.length) return previous;
      const next = new Map(previous);
      for (const { article, articleTitle } of unseen) next.set(article, articleTitle ?? 'Deleted story');
      return next;
    });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    api
      .queue({ status: 'all', page: 1, pageSize: SEED_SIZE }, controller.signal)
      .then(({ results }) => remember(results))
      // The queue request reports its own errors; without the seed the filter offers fewer stories.
      .catch(() => undefined);
    return () => controller.abort();
  }, [api, remember]);

  useEffect(() => {
    if (rows) remember(rows);
  }, [rows, remember]);

  return useMemo(
    () => [...titles].map(([documentId, title]) => ({ documentId, title })).sort((a, b) => a.title.localeCompare(b.title)),
    [titles],
  );
};
