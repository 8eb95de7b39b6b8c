import type { Core } from '@strapi/strapi';
import { sendMail } from '../../comment/rules/notify-moderators';
import { notificationConfig } from './config';
import { createOutbox, type OutboxRow } from './outbox';
import { createSubscriptions } from './subscriptions';
import { unsubscribeToken } from './mail-token';
import { excerpt, renderMail } from './mail-format';

const COMMENT = 'api::comment.comment';

type Comment = {
  documentId: string;
  article: string;
  parent: string | null;
  authorName: string;
  authorEmail: string;
  body: string;
  moderationStatus: string;
};

const findComment = (strapi: Core.Strapi, documentId: string) =>
  strapi.db.query(COMMENT).findOne({
    where: { documentId },
    select: ['documentId', 'article', 'parent', 'authorName', 'authorEmail', 'body', 'moderationStatus'],
  }) as Promise<Comment | null>;

const findStory = async (strapi: Core.Strapi, documentId: string) =>
  (await strapi.db.query('api::article.article').findOne({
    where: { documentId, publishedAt: { $notNull: true } },
    select: ['title', 'slug'],
  })) as { title: string; slug: string } | null;

/** Approval and reply emails to commenters who opted in, each with one-click unsubscribe. */
export const deliverCommenterMail = async (strapi: Core.Strapi) => {
  const config = notificationConfig(strapi);
  const outbox = createOutbox(strapi);
  const subscriptions = createSubscriptions(strapi, config.secret);

  /** The mail for one outbox row, or null when there is nothing (any longer) to say. */
  const compose = async ({ kind, comment: documentId }: OutboxRow) => {
    const comment = await findComment(strapi, documentId);
    if (!comment || comment.moderationStatus !== 'approved') return null;
    const recipient = kind === 'reply' && comment.parent ? await findComment(strapi, comment.parent) : comment;
    if (!recipient || recipient.authorEmail.endsWith('.invalid')) return null;
    if (!(await subscriptions.isSubscribed(recipient.documentId)) || (await subscriptions.isUnsubscribed(recipient.authorEmail))) return null;
    if (kind === 'reply' && recipient.authorEmail === comment.authorEmail) return null;
    const story = await findStory(strapi, comment.article);
    if (!story) return null;

    const link = `${config.siteUrl}/news/${story.slug}#comment-${comment.documentId}`;
    const token = unsubscribeToken(config.secret, recipient.authorEmail);
    const unsubscribePage = `${config.siteUrl}/unsubscribe?token=${token}`;
    const parts =
      kind === 'approved'
        ? [`Hello ${recipient.authorName},`, `Your comment on "${story.title}" is now published:`, excerpt(comment.body)]
        : [`Hello ${recipient.authorName},`, `${comment.authorName} replied to your comment on "${story.title}":`, excerpt(comment.body)];
    const body = renderMail([
      ...parts,
      { link, label: kind === 'approved' ? 'See your comment' : 'See the reply' },
      'You get these emails because you asked to, when you commented.',
      { link: unsubscribePage, label: 'Unsubscribe' },
    ]);
    return {
      to: recipient.authorEmail,
      subject: kind === 'approved' ? `Your comment on "${story.title}" is published` : `${comment.authorName} replied to your comment`,
      ...body,
      headers: {
        'List-Unsubscribe': `<${config.siteUrl}/unsubscribe/one-click?token=${token}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    };
  };

  const rows = await outbox.claim(['approved', 'reply']);
  const failed: number[] = [];
  for (const row of rows) {
    try {
      const mail = await compose(row);
      if (mail) await sendMail(strapi, mail);
    } catch (error) {
      failed.push(row.id);
      strapi.log.warn(`Could not email a commenter (will retry): ${String(error)}`);
    }
  }
  await outbox.release(failed);
  return { sent: rows.length - failed.length, failed: failed.length };
};
