import type { Core } from '@strapi/strapi';
import { moderatorEmails, sendMail } from '../../comment/rules/notify-moderators';
import { notificationConfig } from './config';
import { createOutbox, type OutboxRow } from './outbox';
import { excerpt, renderMail, type MailPart } from './mail-format';

const COMMENT = 'api::comment.comment';
const STATE = { type: 'plugin', name: 'notification', key: 'moderator-digest' } as const;

type Comment = { documentId: string; article: string; authorName: string; body: string; flagReason: string | null; moderationStatus: string };
type Story = { documentId: string; title: string };

const load = async (strapi: Core.Strapi, rows: OutboxRow[]) => {
  const comments = (await strapi.db.query(COMMENT).findMany({
    where: { documentId: { $in: [...new Set(rows.map(({ comment }) => comment))] }, moderationStatus: 'pending' },
    select: ['documentId', 'article', 'authorName', 'body', 'flagReason', 'moderationStatus'],
  })) as Comment[];
  const stories = (await strapi.db.query('api::article.article').findMany({
    where: { documentId: { $in: [...new Set(comments.map(({ article }) => article))] } },
    select: ['documentId', 'title'],
  })) as Story[];
  return { comments: new Map(comments.map((comment) => [comment.documentId, comment])), titles: new Map(stories.map((story) => [story.documentId, story.title])) };
};

/** The digest's lines: each comment still waiting, once; "reported" wins over "new" for the same comment. */
const entries = (rows: OutboxRow[], found: Awaited<ReturnType<typeof load>>, moderationUrl: string): MailPart[] => {
  const kinds = new Map<string, OutboxRow['kind']>();
  for (const { kind, comment } of rows) if (kinds.get(comment) !== 'reported') kinds.set(comment, kind);
  return [...kinds].flatMap(([documentId, kind]) => {
    const comment = found.comments.get(documentId);
    if (!comment) return [];
    const story = found.titles.get(comment.article) ?? 'a story';
    const why = kind === 'reported' ? "Sent back to pending by readers' reports" : comment.flagReason ? `Flagged: ${comment.flagReason}` : 'New';
    const view = kind === 'reported' ? `${moderationUrl}?view=reported` : `${moderationUrl}?status=pending&article=${comment.article}`;
    return [`${why} — ${comment.authorName} on "${story}":\n${excerpt(comment.body, 200)}`, { link: view, label: 'Moderate it' }];
  });
};

/**
 * The moderators' digest: at most one email per interval (COMMENT_DIGEST_INTERVAL_SECONDS),
 * listing the comments that became pending since the last one, one message per moderator;
 * nothing when nothing is new. What was sent, and when, is kept in the database. One function,
 * so that a cross-instance lock can wrap it.
 */
export const sendModeratorDigest = async (strapi: Core.Strapi) => {
  const config = notificationConfig(strapi);
  const state = (await strapi.store.get(STATE)) as { lastSentAt?: string } | null;
  if (state?.lastSentAt && Date.now() - Date.parse(state.lastSentAt) < config.digestIntervalSeconds * 1000) return { sent: 0 };

  const outbox = createOutbox(strapi);
  const rows = await outbox.claim(['pending', 'reported']);
  if (rows.length === 0) return { sent: 0 };
  const moderationUrl = `${config.adminUrl.replace(/\/$/, '')}/admin/plugins/moderation`;
  const lines = entries(rows, await load(strapi, rows), moderationUrl);
  if (lines.length === 0) return { sent: 0 };
  const count = lines.length / 2;

  const recipients = await moderatorEmails(strapi, config.notifyEmails);
  await strapi.store.set({ ...STATE, value: { lastSentAt: new Date().toISOString() } });
  const body = renderMail([`${count} comment${count > 1 ? 's are' : ' is'} waiting for moderation:`, ...lines, { link: moderationUrl, label: 'Open the Moderation page' }]);
  let sent = 0;
  for (const to of recipients) {
    try {
      await sendMail(strapi, { to, subject: `${count} comment${count > 1 ? 's' : ''} awaiting moderation`, ...body });
      sent += 1;
    } catch (error) {
      strapi.log.warn(`Could not send the moderation digest to a moderator: ${String(error)}`);
    }
  }
  // Nobody got it: hand the comments back for the next digest.
  if (sent === 0 && recipients.length) await outbox.release(rows.map(({ id }) => id));
  return { sent };
};
