import { factories } from '@strapi/strapi';
import { unsubscribeRequestSchema } from '@derna/contracts';
import { CommentError } from '../../comment/rules/comment-error';
import { parseOrThrow } from '../../comment/rules/parse';
import { notificationConfig } from '../rules/config';
import { createOutbox, type NotificationKind } from '../rules/outbox';
import { createSubscriptions } from '../rules/subscriptions';
import { deliverCommenterMail } from '../rules/commenter-mail';
import { sendModeratorDigest } from '../rules/moderator-digest';

/** Mail about comments: the moderators' digest, commenters' opt-ins, approvals, replies, unsubscribes. */
export default factories.createCoreService('api::notification.notification', ({ strapi }) => {
  const subscriptions = () => createSubscriptions(strapi, notificationConfig(strapi).secret);
  const outbox = createOutbox(strapi);
  return {
    subscribe: (comment: string) => subscriptions().subscribe(comment),
    isSubscribed: (comment: string) => subscriptions().isSubscribed(comment),
    forget: (comments: string[]) => subscriptions().forget(comments),
    enqueue: (kind: NotificationKind, comment: string, dedupeKey?: string) => outbox.enqueue(kind, comment, dedupeKey),

    /** One-click unsubscribe from a signed link; 400 when the link is not one of ours. */
    async unsubscribe(payload: unknown) {
      const { token } = parseOrThrow(unsubscribeRequestSchema, payload, 'This unsubscribe link is not valid.');
      if (!(await subscriptions().unsubscribe(token))) {
        throw new CommentError(400, 'ValidationError', 'This unsubscribe link is not valid. Use the link in the latest email you received.');
      }
      return { unsubscribed: true };
    },

    deliverCommenterMail: () => deliverCommenterMail(strapi),
    sendModeratorDigest: () => sendModeratorDigest(strapi),
  };
});
