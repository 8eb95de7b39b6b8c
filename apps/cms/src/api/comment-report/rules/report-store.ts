import type { Core } from '@strapi/strapi';

const REPORT = 'api::comment-report.comment-report';
const COMMENT = 'api::comment.comment';

type Report = { comment: string; reason: string | null; reporterKey: string; createdAt: string };
type Comment = { documentId: string; article: string; authorName: string; body: string; moderationStatus: string; createdAt: string };

/** Reports as stored: active until a moderator dismisses them or approves the comment again. */
export const createReportStore = (strapi: Core.Strapi) => {
  const reports = () => strapi.db.query(REPORT);
  const active = (where: Record<string, unknown>) => ({ ...where, dismissedAt: { $null: true } });

  return {
    /** A reader's report counts once per comment; a second one only adds nothing. */
    async add(comment: string, reporterKey: string, reason: string | null) {
      if (await reports().findOne({ where: active({ comment, reporterKey }), select: ['id'] })) return;
      await reports().create({ data: { comment, reporterKey, reason } });
    },

    async distinctReaders(comment: string) {
      const rows = (await reports().findMany({ where: active({ comment }), select: ['reporterKey'] })) as Report[];
      return new Set(rows.map(({ reporterKey }) => reporterKey)).size;
    },

    /** The Moderation page's "Reported" view: each reported comment, its report count and reasons. */
    async reported() {
      const rows = (await reports().findMany({
        where: active({}),
        select: ['comment', 'reason', 'reporterKey', 'createdAt'],
        orderBy: { createdAt: 'desc' },
        limit: 5000,
      })) as Report[];
      const byComment = new Map<string, Report[]>();
      for (const row of rows) byComment.set(row.comment, [...(byComment.get(row.comment) ?? []), row]);
      const comments = (await strapi.db.query(COMMENT).findMany({
        where: { documentId: { $in: [...byComment.keys()] } },
        select: ['documentId', 'article', 'authorName', 'body', 'moderationStatus', 'createdAt'],
      })) as Comment[];
      const titles = new Map(
        ((await strapi.db.query('api::article.article').findMany({
          where: { documentId: { $in: [...new Set(comments.map(({ article }) => article))] } },
          select: ['documentId', 'title'],
        })) as Array<{ documentId: string; title: string }>).map(({ documentId, title }) => [documentId, title]),
      );
      const data = comments.map((comment) => {
        const list = byComment.get(comment.documentId) ?? [];
        return {
          ...comment,
          articleTitle: titles.get(comment.article) ?? null,
          reports: list.length,
          readers: new Set(list.map(({ reporterKey }) => reporterKey)).size,
          reasons: list.map(({ reason }) => reason).filter((reason): reason is string => Boolean(reason)),
          lastReportedAt: list[0]?.createdAt ?? null,
        };
      });
      return { data: data.sort((a, b) => b.reports - a.reports || String(b.lastReportedAt).localeCompare(String(a.lastReportedAt))) };
    },

    async dismiss(comments: string[], by: string) {
      const { count } = await reports().updateMany({
        where: active({ comment: { $in: comments } }),
        data: { dismissedAt: new Date(), dismissedBy: by },
      });
      return { dismissed: count };
    },
  };
};
