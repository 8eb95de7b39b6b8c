import { useMemo, useSyncExternalStore } from 'react';
import type { SubmittedComment } from '@derna/contracts';

/**
 * What stays in this browser only: the reader's details (when they tick the box) and their
 * comments awaiting moderation. Never sent anywhere, never shown to anyone else.
 */
const DETAILS_KEY = 'derna:commenter';
const pendingKey = (articleId: string) => `derna:pending:${articleId}`;

export type SavedDetails = { authorName: string; authorEmail: string; authorUrl: string };

const read = <T,>(key: string, fallback: T): T => {
  try {
    const raw = window.localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as T) : fallback;
  } catch {
    return fallback;
  }
};

const CHANGE_EVENT = 'derna:storage';

const write = (key: string, value: unknown) => {
  try {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, JSON.stringify(value));
    window.dispatchEvent(new Event(CHANGE_EVENT));
  } catch {
    /* storage full or disabled: the feature degrades, the comment does not */
  }
};

/** Re-renders on changes from this tab (our writes) and from others (the storage event). */
const subscribe = (onChange: () => void) => {
  window.addEventListener(CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    window.removeEventListener(CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
};

const rawItem = (key: string) => {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
};

export const savedDetails = () => read<SavedDetails | null>(DETAILS_KEY, null);
/** Whether the reader asked this browser to remember them (false on the server). */
export const useHasSavedDetails = () => useSyncExternalStore(subscribe, () => rawItem(DETAILS_KEY) !== null, () => false);
export const saveDetails = (details: SavedDetails | null) => write(DETAILS_KEY, details);

export const pendingComments = (articleId: string) => read<SubmittedComment[]>(pendingKey(articleId), []);

/** This browser's pending comments on a story; nothing on the server, so nothing is leaked there. */
export const usePendingComments = (articleId: string): SubmittedComment[] => {
  const raw = useSyncExternalStore(subscribe, () => rawItem(pendingKey(articleId)), () => null);
  return useMemo(() => {
    try {
      return raw ? (JSON.parse(raw) as SubmittedComment[]) : [];
    } catch {
      return [];
    }
  }, [raw]);
};
export const rememberPending = (articleId: string, comment: SubmittedComment) =>
  write(pendingKey(articleId), [...pendingComments(articleId).filter(({ id }) => id !== comment.id), comment]);
/** Once a comment is published (or has waited a month) its preview is dropped. */
export const forgetPending = (articleId: string, publishedIds: Set<string>) => {
  const monthAgo = Date.now() - 30 * 86_400_000;
  const stored = pendingComments(articleId);
  const kept = stored.filter(({ id, createdAt }) => !publishedIds.has(id) && Date.parse(createdAt) > monthAgo);
  if (kept.length !== stored.length) write(pendingKey(articleId), kept.length ? kept : null);
};
