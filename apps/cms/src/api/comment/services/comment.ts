import { factories } from '@strapi/strapi';
import {
  commentSubmissionSchema,
  COMMENT_LIMITS,
  type CommentStatus,
  type NewComment,
  type SubmittedComment,
} from '@derna/contracts';
import { CommentError, invalid } from '../rules/comment-error';
import { judgeComment } from '../rules/spam-rules';
import { createLimiters, type Limiters } from '../rules/limiters';
import { parseOrThrow } from '../rules/parse';
import { toSubmittedComment, type CommentRow } from '../rules/public-comment';
import { moderatorSignature } from '../../../documents/comment-moderation-record';
import { createCommentReader } from '../rules/comment-reader';
import { createCommentTally } from '../rules/comment-tally';

const UID = 'api::comment.comment';

export type CommentsConfig = Parameters<typeof createLimiters>[0] & Parameters<typeof judgeComment>[2] & {
  personalDataRetentionDays: number;
  notifyEmails: string[];
};

export type Moderator = { id: number; firstname?: string | null; lastname?: string | null; email: string };

// Stored as `moderationStatus`: `status` is Strapi 5's draft/published parameter.
type StoredComment = CommentRow & { id: number; article: string; depth: number; moderationStatus: CommentStatus };

/** Every rule about comments lives here; controllers only validate the transport and call in. */
export default factories.createCoreService(UID, ({ strapi }) => {
  const config = () => strapi.config.get('comments') as CommentsConfig;
  let limiters: Limiters | undefined;
  const limits = () => (limiters ??= createLimiters(config()));
  const comments = () => strapi.db.query(UID);
  const tally = createCommentTally(strapi);
  const reader = createCommentReader(strapi, tally);

  const publishedArticle = async (documentId: string) => {
    const article = await strapi.documents('api::article.article').findOne({
      documentId,
      status: 'published',
      fields: ['title', 'slug', 'commentStatus'],
    });
    if (!article) throw new CommentError(404, 'NotFoundError', 'This story does not exist or is not published.');
    return article as unknown as { title: string; slug: string; commentStatus: string };
  };

  /** A reply must answer an approved comment on the same story, within the depth limit. */
  const replyTarget = async (parentId: string, articleId: string) => {
    const parent = (await comments().findOne({
      where: { documentId: parentId },
      select: ['documentId', 'article', 'moderationStatus', 'depth', 'threadRoot'],
    })) as StoredComment | null;
    if (!parent || parent.moderationStatus !== 'approved' || parent.article !== articleId) {
      throw invalid('You can only reply to a published comment on this story.', { parent: 'That comment cannot be replied to.' });
    }
    if (parent.depth >= COMMENT_LIMITS.maxThreadDepth - 1) {
      throw invalid(`Replies can nest at most ${COMMENT_LIMITS.maxThreadDepth} levels deep.`, { parent: 'Too deep to reply to.' });
    }
    return parent;
  };

  const rejectDuplicate = async (data: NewComment) => {
    const twin = await comments().findOne({
      where: { article: data.article, authorEmail: data.authorEmail.toLowerCase(), body: data.body, moderationStatus: { $ne: 'trash' } },
      select: ['id'],
    });
    if (twin) throw new CommentError(409, 'ConflictError', 'Duplicate comment: it looks as though you have already said that.');
  };

  const subscribeToMail = (comment: string) =>
    (strapi.service('api::notification.notification') as unknown as { subscribe: (comment: string) => Promise<void> }).subscribe(comment);

  return {
    /** A reader's comment, from the site's server: always held for moderation (or filed as spam). */
    async submit(payload: unknown): Promise<SubmittedComment> {
      const { data, context, notify } = parseOrThrow(commentSubmissionSchema, payload, 'Please correct the highlighted fields.');
      const article = await publishedArticle(data.article);
      if (article.commentStatus === 'closed') throw new CommentError(403, 'ForbiddenError', 'Comments are closed on this story.');
      const parent = data.parent ? await replyTarget(data.parent, data.article) : null;
      await rejectDuplicate(data);
      await limits().checkFlood(context.ip, data.authorEmail);
      await limits().checkBudget(context.ip);

      const verdict = judgeComment(data, context, config());
      const created = (await strapi.documents(UID).create({
        data: {
          article: data.article,
          parent: parent?.documentId ?? null,
          threadRoot: parent ? (parent.threadRoot ?? parent.documentId) : null,
          depth: parent ? parent.depth + 1 : 0,
          authorName: data.authorName,
          authorEmail: data.authorEmail.toLowerCase(),
          authorUrl: data.authorUrl || null,
          body: data.body,
          moderationStatus: verdict.status,
          flagReason: verdict.reason,
          authorIp: context.ip,
          userAgent: context.userAgent,
        } as never,
      })) as unknown as StoredComment;
      // Moderators hear of it in their digest (documents/comment-notifications.ts).
      if (notify) await subscribeToMail(created.documentId);
      return toSubmittedComment(created);
    },

    listApproved: reader.listApproved,
    moderationQueue: reader.moderationQueue,
    statusCounts: reader.statusCounts,

    /** At boot: every story's approved-comment counts, recounted from the comments themselves. */
    rebuildTallies: tally.rebuild,
    /** After a comment of this story changed status, moved or was deleted (see documents/comment-tally). */
    refreshTally: tally.refresh,
    /** After the story was deleted with its comments (see documents/story-deletion). */
    forgetTally: tally.forget,

    /**
     * Approve, spam, trash or restore (to pending). Through the document service, like every
     * other path: its middlewares record who and when, recount and tell the site.
     */
    async setStatus(documentIds: string[], status: CommentStatus, moderator: Moderator) {
      const rows = (await comments().findMany({
        where: { documentId: { $in: documentIds } },
        select: ['documentId'],
      })) as StoredComment[];
      for (const { documentId } of rows) {
        await strapi.documents(UID).update({
          documentId,
          data: { moderationStatus: status, moderatedBy: moderatorSignature(moderator) } as never,
        });
      }
      return { updated: rows.length };
    },

    /** A privacy request: every comment by this email keeps its text but loses who wrote it. */
    async eraseByEmail(email: string, moderator: Moderator) {
      strapi.log.info(`${moderatorSignature(moderator)} erased the personal data of a commenter`);
      const rows = (await comments().findMany({
        where: { authorEmail: email.trim().toLowerCase() },
        select: ['documentId'],
      })) as StoredComment[];
      const erasedAt = new Date().toISOString();
      for (const { documentId } of rows) {
        await strapi.documents(UID).update({
          documentId,
          data: {
            authorName: 'Anonymous',
            authorEmail: `erased-${documentId}@erased.invalid`,
            authorUrl: null,
            authorIp: null,
            userAgent: null,
            personalDataErasedAt: erasedAt,
          } as never,
        });
      }
      return { erased: rows.length };
    },

    /** IPs and user agents are kept only as long as spam fighting needs them. */
    async erasePersonalDataOlderThan(days = config().personalDataRetentionDays) {
      const cutoff = new Date(Date.now() - days * 86_400_000).toISOString();
      const { count } = await comments().updateMany({
        where: { createdAt: { $lt: cutoff }, $or: [{ authorIp: { $notNull: true } }, { userAgent: { $notNull: true } }] },
        data: { authorIp: null, userAgent: null },
      });
      return { erased: count };
    },

    /** At boot: connect the shared rate-limit store before the first comment arrives. */
    async openLimiters() {
      if (!config().redisUrl) return;
      const connected = await limits().ready;
      if (!connected) strapi.log.warn('REDIS_URL is set but Redis did not answer: rate limits are per instance until it does.');
    },

    closeLimiters: () => limiters?.close(),
  };
});
