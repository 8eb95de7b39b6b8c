import type { CommentStatus } from '@derna/contracts';

export type { CommentStatus };

/** 'all' is the page's own filter value: the API takes no status at all for it. */
export type StatusFilter = CommentStatus | 'all';

/** One row of GET /moderation/comments: private fields included, admin only. */
export type QueueComment = {
  documentId: string;
  article: string;
  articleTitle: string | null;
  articleSlug: string | null;
  parent: string | null;
  depth: number;
  authorName: string;
  authorEmail: string;
  authorUrl: string | null;
  body: string;
  status: CommentStatus;
  flagReason: string | null;
  authorIp: string | null;
  userAgent: string | null;
  createdAt: string;
  moderatedBy: string | null;
  moderatedAt: string | null;
  personalDataErasedAt: string | null;
};

export type Pagination = { page: number; pageSize: number; pageCount: number; total: number };

export type QueuePage = { results: QueueComment[]; pagination: Pagination };

export type StatusCounts = Record<CommentStatus, number>;

export type QueueFilter = { status: StatusFilter; article?: string; page: number; pageSize: number };

export type KnownArticle = { documentId: string; title: string };

/** A reported comment, as the Reported view lists it (server: api/comment-report/rules/report-store). */
export type ReportedComment = {
  documentId: string;
  article: string;
  articleTitle: string | null;
  authorName: string;
  body: string;
  moderationStatus: CommentStatus;
  createdAt: string;
  reports: number;
  readers: number;
  reasons: string[];
  lastReportedAt: string | null;
};
