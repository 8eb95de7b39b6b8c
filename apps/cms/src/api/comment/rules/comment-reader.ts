import type { Core } from '@strapi/strapi';
import { COMMENT_STATUSES, type CommentPage, type CommentStatus } from '@derna/contracts';
import { CommentError } from './comment-error';
import type { CommentTally } from './comment-tally';
import { buildThreads, PUBLIC_COLUMNS, toCommentRow, type PublicColumns } from './public-comment';

const UID = 'api::comment.comment';
const OLDEST_FIRST = [{ column: 'created_at', order: 'asc' as const }, { column: 'id', order: 'asc' as const }];

export type ApprovedQuery = { article: string; page: number; pageSize: number; pinnedAt: string };
export type QueueQuery = { status?: CommentStatus; article?: string; page: number; pageSize: number };

/** What the moderation page shows: everything about a comment, nothing about the database. */
const QUEUE_FIELDS = [
  'documentId', 'article', 'parent', 'depth', 'authorName', 'authorEmail', 'authorUrl', 'body', 'moderationStatus',
  'flagReason', 'authorIp', 'userAgent', 'createdAt', 'moderatedBy', 'moderatedAt', 'personalDataErasedAt',
];

/** Reads of comments: the public threads, and the moderation queue. */
export const createCommentReader = (strapi: Core.Strapi, tally: CommentTally) => {
  const comments = () => strapi.db.query(UID);
  const publicRows = () => strapi.db.connection('comments').select([...PUBLIC_COLUMNS]);

  /**
   * One query for everything but the rows: is the story published, how many approved comments
   * it has, and how many top-level threads as of `pinnedAt` (for pagination). The counts come
   * from the story's tally, so the cost does not grow with the number of comments; only threads
   * approved since `pinnedAt` (a reader's later pages) are counted, through the index.
   */
  const summary = async (article: string, pinnedAt: Date) => {
    const knex = strapi.db.connection;
    const [row] = await knex.select(
      knex.raw(`${tally.column('approved')} as approved_count`, [article]),
      knex.raw(`${tally.column('top_level')} as top_level`, [article]),
      knex.raw(
        "(select count(*) from comments where article = ? and moderation_status = 'approved' and depth = 0 and created_at > ?) as newer",
        [article, pinnedAt],
      ),
      knex.raw('(select count(*) from articles where document_id = ? and published_at is not null) as published', [article]),
    );
    return {
      published: Number(row?.published) > 0,
      approvedCount: Number(row?.approved_count),
      topLevel: Number(row?.top_level) - Number(row?.newer),
    };
  };

  return {
    /** Approved comments of a published story: a page of threads, oldest first, as of `pinnedAt`. */
    async listApproved({ article, page, pageSize, pinnedAt }: ApprovedQuery): Promise<CommentPage> {
      // Three statements at most: the summary, a page of threads, their replies. Plain knex, not
      // Strapi's query engine: the public hot path, and only public columns are ever selected.
      const asOf = new Date(pinnedAt);
      const [{ published, approvedCount, topLevel: total }, roots] = await Promise.all([
        summary(article, asOf),
        publicRows()
          .where({ article, moderation_status: 'approved', depth: 0 })
          .where('created_at', '<=', asOf)
          .orderBy(OLDEST_FIRST)
          .offset((page - 1) * pageSize)
          .limit(pageSize) as Promise<PublicColumns[]>,
      ]);
      if (!published) throw new CommentError(404, 'NotFoundError', 'This story does not exist or is not published.');
      const rootIds = roots.map(({ document_id }) => document_id);
      // Not filtered by article (the roots already are): with `article` in the query, SQLite
      // may pick the story's index and scan every approved comment of a busy story.
      const replies: PublicColumns[] = rootIds.length
        ? await publicRows()
            .whereIn('thread_root', rootIds)
            .where({ moderation_status: 'approved' })
            .where('created_at', '<=', asOf)
            .orderBy(OLDEST_FIRST)
        : [];
      return {
        comments: buildThreads(roots.map(toCommentRow), replies.map(toCommentRow)),
        approvedCount,
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
        pinnedAt,
      };
    },

    /** Everything a moderator needs, private fields included: admin API only. */
    async moderationQueue({ status, article, page, pageSize }: QueueQuery) {
      const where = { ...(status ? { moderationStatus: status } : {}), ...(article ? { article } : {}) };
      const [rows, total] = await Promise.all([
        comments().findMany({ where, select: QUEUE_FIELDS, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], offset: (page - 1) * pageSize, limit: pageSize }),
        comments().count({ where }),
      ]);
      const articleIds = [...new Set((rows as Array<{ article: string }>).map(({ article: id }) => id))];
      const articles = articleIds.length
        ? await strapi.db.query('api::article.article').findMany({ where: { documentId: { $in: articleIds } }, select: ['documentId', 'title', 'slug'] })
        : [];
      const titles = new Map((articles as Array<{ documentId: string; title: string; slug: string }>).map((a) => [a.documentId, a]));
      return {
        results: (rows as Array<Record<string, unknown> & { article: string; moderationStatus: CommentStatus }>).map(({ moderationStatus, ...row }) => ({
          ...row,
          status: moderationStatus,
          articleTitle: titles.get(row.article)?.title ?? null,
          articleSlug: titles.get(row.article)?.slug ?? null,
        })),
        pagination: { page, pageSize, pageCount: Math.ceil(total / pageSize), total },
      };
    },

    async statusCounts(article?: string): Promise<Record<CommentStatus, number>> {
      const scope = article ? { article } : {};
      const counts = await Promise.all(COMMENT_STATUSES.map((status) => comments().count({ where: { ...scope, moderationStatus: status } })));
      return Object.fromEntries(COMMENT_STATUSES.map((status, index) => [status, counts[index]])) as Record<CommentStatus, number>;
    },
  };
};
