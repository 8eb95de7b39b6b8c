import type { Core } from '@strapi/strapi';
import { emailKey, verifyUnsubscribeToken } from './mail-token';

const SUBSCRIPTION = 'api::notification.comment-subscription';
const UNSUBSCRIBE = 'api::notification.mail-unsubscribe';

/** Commenters' opt-ins (per comment) and opt-outs (per address, kept only as a keyed hash). */
export const createSubscriptions = (strapi: Core.Strapi, secret: string) => {
  const subscriptions = () => strapi.db.query(SUBSCRIPTION);
  const unsubscribes = () => strapi.db.query(UNSUBSCRIBE);
  return {
    async subscribe(comment: string) {
      if (!(await this.isSubscribed(comment))) await subscriptions().create({ data: { comment } });
    },
    async isSubscribed(comment: string) {
      return Boolean(await subscriptions().findOne({ where: { comment }, select: ['id'] }));
    },
    /** Erasure or deletion: the opt-in goes with the commenter's data. */
    async forget(comments: string[]) {
      if (comments.length) await subscriptions().deleteMany({ where: { comment: { $in: comments } } });
    },
    async isUnsubscribed(email: string) {
      return Boolean(await unsubscribes().findOne({ where: { emailKey: emailKey(secret, email) }, select: ['id'] }));
    },
    /** One-click unsubscribe: false when the token was not signed by us. */
    async unsubscribe(token: string) {
      const key = verifyUnsubscribeToken(secret, token);
      if (!key) return false;
      if (!(await unsubscribes().findOne({ where: { emailKey: key }, select: ['id'] }))) {
        await unsubscribes().create({ data: { emailKey: key } });
      }
      return true;
    },
  };
};
