import { factories } from '@strapi/strapi';
import { reportSubmissionSchema } from '@derna/contracts';
import { CommentError } from '../../comment/rules/comment-error';
import { parseOrThrow } from '../../comment/rules/parse';
import { createReportLimiter } from '../../comment/rules/limiters';
import { notificationConfig } from '../../notification/rules/config';
import { readerKey } from '../../notification/rules/mail-token';
import { createReportStore } from '../rules/report-store';

const COMMENT = 'api::comment.comment';

type Moderator = { id: number; email: string; firstname?: string | null; lastname?: string | null };
type Enqueue = { enqueue: (kind: 'reported', comment: string) => Promise<void> };

/** Readers' reports: one per reader and comment; N distinct readers send the comment back to pending. */
export default factories.createCoreService('api::comment-report.comment-report', ({ strapi }) => {
  const config = () => notificationConfig(strapi);
  let limiter: ReturnType<typeof createReportLimiter> | undefined;
  const limits = () =>
    (limiter ??= createReportLimiter({ redisUrl: config().redisUrl, points: config().reportRateLimitPoints, windowSeconds: config().rateLimitWindowSeconds }));
  const store = createReportStore(strapi);

  const sendBackToPending = async (comment: string, readers: number) => {
    await strapi.documents(COMMENT).update({
      documentId: comment,
      data: { moderationStatus: 'pending', moderatedBy: `Reports from ${readers} readers`, moderatedAt: new Date().toISOString() } as never,
    });
    await (strapi.service('api::notification.notification') as unknown as Enqueue).enqueue('reported', comment);
  };

  return {
    /** From the site's server (its token): a reader reports an approved comment. */
    async report(payload: unknown) {
      const { data, context } = parseOrThrow(reportSubmissionSchema, payload, 'Please correct the highlighted fields.');
      const comment = (await strapi.db.query(COMMENT).findOne({ where: { documentId: data.comment }, select: ['moderationStatus'] })) as {
        moderationStatus: string;
      } | null;
      if (comment?.moderationStatus !== 'approved') {
        throw new CommentError(404, 'NotFoundError', 'This comment is not published (any more), so it cannot be reported.');
      }
      const reader = readerKey(config().secret, context.ip);
      await limits().check(reader);
      await store.add(data.comment, reader, data.reason || null);
      const readers = await store.distinctReaders(data.comment);
      if (readers >= config().reportThreshold) await sendBackToPending(data.comment, readers);
      return { received: true };
    },

    reported: store.reported,

    /** A moderator has looked: the reports are kept, but no longer count or show. */
    dismiss: (comments: string[], moderator: Moderator) =>
      store.dismiss(comments, `${[moderator.firstname, moderator.lastname].filter(Boolean).join(' ') || moderator.email} (#${moderator.id})`),

    closeLimiter: () => limiter?.close(),
  };
});
