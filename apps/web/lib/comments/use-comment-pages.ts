import { useCallback, useEffect, useRef, useState } from 'react';
import type { CommentPage } from '@derna/contracts';

/** How long a reader's tab must have had its comments before coming back refreshes them. */
const REFRESH_AFTER_MS = 5_000;

const pageUrl = (articleId: string, page: number, pinnedAt?: string) =>
  `/api/comments?article=${articleId}&page=${page}${pinnedAt ? `&pinnedAt=${encodeURIComponent(pinnedAt)}` : ''}`;

const fetchPage = async (url: string): Promise<CommentPage> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
};

/**
 * The comments a reader sees: the page the server rendered, refreshed when the reader comes back to
 * the tab or the network returns (never on load: the page itself is fresh, and a request per view
 * would reach the site past the edge cache), then older pages on request, pinned to the moment the
 * page was rendered so that "Load more" never repeats or skips a thread.
 */
export function useCommentPages(articleId: string, firstPage: CommentPage) {
  const start = firstPage.pagination.page;
  const [latest, setLatest] = useState(firstPage);
  const [rendered, setRendered] = useState(firstPage);
  if (rendered !== firstPage) {
    // The server rendered the page again (a refresh or a navigation): its page is the newest.
    setRendered(firstPage);
    setLatest(firstPage);
  }
  const [older, setOlder] = useState<CommentPage[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [failed, setFailed] = useState(false);
  const fetchedAt = useRef(0);

  useEffect(() => {
    fetchedAt.current = Date.now();
    let latestRequest = 0;
    const refresh = () => {
      if (document.visibilityState === 'hidden' || Date.now() - fetchedAt.current < REFRESH_AFTER_MS) return;
      fetchedAt.current = Date.now();
      const request = ++latestRequest;
      fetchPage(pageUrl(articleId, start)).then(
        (page) => request === latestRequest && (setLatest(page), setFailed(false)),
        () => request === latestRequest && setFailed(true),
      );
    };
    document.addEventListener('visibilitychange', refresh);
    window.addEventListener('online', refresh);
    return () => {
      latestRequest = -1;
      document.removeEventListener('visibilitychange', refresh);
      window.removeEventListener('online', refresh);
    };
  }, [articleId, start]);

  const pages = [latest, ...older];
  const nextPage = start + pages.length;
  const loadMore = useCallback(() => {
    if (loadingMore) return;
    setLoadingMore(true);
    fetchPage(pageUrl(articleId, nextPage, firstPage.pinnedAt))
      .then((page) => (setOlder((loaded) => [...loaded, page]), setFailed(false)), () => setFailed(true))
      .finally(() => setLoadingMore(false));
  }, [articleId, nextPage, firstPage.pinnedAt, loadingMore]);

  return { pages, nextPage, hasMore: nextPage <= firstPage.pagination.pageCount, loadMore, loadingMore, failed };
}
