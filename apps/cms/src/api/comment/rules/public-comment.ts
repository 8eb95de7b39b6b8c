import type { PublicComment, SubmittedComment } from '@derna/contracts';

/** The columns a public response may carry; nothing private is even selected. */
export const PUBLIC_FIELDS = ['documentId', 'parent', 'threadRoot', 'authorName', 'authorUrl', 'body', 'createdAt'] as const;

export type CommentRow = {
  documentId: string;
  parent: string | null;
  threadRoot: string | null;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: string | Date;
};

const iso = (value: string | Date) => new Date(value).toISOString();

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
