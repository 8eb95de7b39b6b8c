import { useEffect, useMemo, useState } from 'react';
import type { KnownArticle, QueueComment } from '../types';
import { useModerationApi } from './use-moderation-api';

const SEED_SIZE = 100;

const titlesOf = (comments: QueueComment[]) =>
  comments.map(({ article, articleTitle }): [string, string] => [article, articleTitle ?? 'Deleted story']);

/**
 * The stories the article filter offers: those of the latest comments of any status, plus those
 * on the page shown. Moderators have no access to the articles themselves.
 */
export const useKnownArticles = (rows: QueueComment[] | undefined): KnownArticle[] => {
  const api = useModerationApi();
  const [seed, setSeed] = useState<QueueComment[]>([]);

  useEffect(() => {
    const controller = new AbortController();
    api
      .queue({ status: 'all', page: 1, pageSize: SEED_SIZE }, controller.signal)
      .then(({ results }) => setSeed(results))
      // The queue itself reports errors; without the seed the filter offers fewer stories.
      .catch(() => undefined);
    return () => controller.abort();
  }, [api]);

  return useMemo(() => {
    const titles = new Map([...titlesOf(seed), ...titlesOf(rows ?? [])]);
    return [...titles].map(([documentId, title]) => ({ documentId, title })).sort((a, b) => a.title.localeCompare(b.title));
  }, [seed, rows]);
};
