import type { PublicComment, SubmittedComment } from '@derna/contracts';

/** The columns a public response may carry; nothing private is even selected. */
export const PUBLIC_COLUMNS = ['document_id', 'parent', 'thread_root', 'author_name', 'author_url', 'body', 'created_at'] as const;

/** A row of those columns as the database driver returns it (SQLite: dates as epoch ms). */
export type PublicColumns = {
  document_id: string;
  parent: string | null;
  thread_root: string | null;
  author_name: string;
  author_url: string | null;
  body: string;
  created_at: string | number | Date;
};

export type CommentRow = {
  documentId: string;
  parent: string | null;
  threadRoot: string | null;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: string | number | Date;
};

export const toCommentRow = (row: PublicColumns): CommentRow => ({
  documentId: row.document_id,
  parent: row.parent,
  threadRoot: row.thread_root,
  authorName: row.author_name,
  authorUrl: row.author_url,
  body: row.body,
  createdAt: row.created_at,
});

const iso = (value: string | number | Date) => new Date(value).toISOString();

export const toPublicComment = (row: CommentRow): PublicComment => ({
  id: row.documentId,
  parentId: row.parent ?? null,
  authorName: row.authorName,
  authorUrl: row.authorUrl || null,
  body: row.body,
  createdAt: iso(row.createdAt),
  replies: [],
});

export const toSubmittedComment = (row: CommentRow): SubmittedComment => {
  const { replies: _replies, ...comment } = toPublicComment(row);
  return { ...comment, status: 'pending' };
};

/** Nests replies under their parents; a reply whose parent is not shown is not shown either. */
export const buildThreads = (roots: CommentRow[], replies: CommentRow[]): PublicComment[] => {
  const byId = new Map<string, PublicComment>();
  const threads = roots.map((row) => {
    const comment = toPublicComment(row);
    byId.set(comment.id, comment);
    return comment;
  });
  // Oldest first, so a parent is always placed before its replies.
  for (const row of replies) {
    const comment = toPublicComment(row);
    const parent = comment.parentId ? byId.get(comment.parentId) : undefined;
    if (!parent) continue;
    parent.replies.push(comment);
    byId.set(comment.id, comment);
  }
  return threads;
};
