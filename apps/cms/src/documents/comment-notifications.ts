import type { Core, Modules } from '@strapi/strapi';
import { afterCommit } from './after-commit';

const COMMENT = 'api::comment.comment';
const REPORT = 'api::comment-report.comment-report';

type Params = { documentId?: string; data?: Record<string, unknown> };
type Stored = { documentId: string; parent: string | null; moderationStatus: string };
type Notifications = {
  enqueue: (kind: 'pending' | 'approved' | 'reply', comment: string, dedupeKey?: string) => Promise<void>;
  isSubscribed: (comment: string) => Promise<boolean>;
  forget: (comments: string[]) => Promise<void>;
  deliverCommenterMail: () => Promise<unknown>;
};

/**
 * Mail that follows a comment's life, whoever changes it (Moderation page, Content Manager,
 * a script): a new pending comment goes into the moderators' digest; an approval queues the
 * author's email and the parent's author's reply email (once each, only if they opted in), sent
 * after the change commits; erasing or deleting a comment drops its opt-in.
 */
export const commentNotifications =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== COMMENT || !['create', 'update', 'delete'].includes(context.action)) return next();
    const notifications = strapi.service('api::notification.notification') as unknown as Notifications;
    const { documentId, data } = context.params as Params;

    if (context.action === 'create') {
      const created = await next();
      const stored = created as unknown as Stored | null;
      if (stored?.moderationStatus === 'pending') await notifications.enqueue('pending', stored.documentId);
      return created;
    }
    if (!documentId) return next();
    const before = (await strapi.db.query(COMMENT).findOne({
      where: { documentId },
      select: ['documentId', 'parent', 'moderationStatus'],
    })) as Stored | null;
    const result = await next();
    if (!before) return result;

    if (context.action === 'delete' || data?.personalDataErasedAt) await notifications.forget([documentId]);
    if (context.action === 'delete') await strapi.db.query(REPORT).deleteMany({ where: { comment: documentId } });
    if (context.action === 'update' && data?.moderationStatus === 'approved' && before.moderationStatus !== 'approved') {
      await onApproved(strapi, notifications, before);
    }
    return result;
  };

const onApproved = async (strapi: Core.Strapi, notifications: Notifications, comment: Stored) => {
  // A moderator has judged it again: earlier reports no longer count against it.
  await strapi.db.query(REPORT).updateMany({
    where: { comment: comment.documentId, dismissedAt: { $null: true } },
    data: { dismissedAt: new Date(), dismissedBy: 'Approved again by a moderator' },
  });
  let queued = false;
  if (await notifications.isSubscribed(comment.documentId)) {
    await notifications.enqueue('approved', comment.documentId, `approved:${comment.documentId}`);
    queued = true;
  }
  if (comment.parent && (await notifications.isSubscribed(comment.parent))) {
    await notifications.enqueue('reply', comment.documentId, `reply:${comment.documentId}`);
    queued = true;
  }
  if (queued) afterCommit(strapi, () => notifications.deliverCommenterMail());
};
