import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { MODERATOR_ROLE_CODE } from '../../../bootstrap/moderator-role';

type NewComment = { documentId: string; authorName: string; body: string; flagReason?: string | null };
type Article = { title: string; slug: string };

const moderatorEmails = async (strapi: Core.Strapi, configured: string[]) => {
  if (configured.length) return configured;
  const users = await strapi.db.query('admin::user').findMany({
    where: { isActive: true, blocked: false, roles: { code: MODERATOR_ROLE_CODE } },
    select: ['email'],
  });
  return (users as Array<{ email: string }>).map(({ email }) => email);
};

/** Where mail is kept when no SMTP server is configured (development). */
const saveToOutbox = async (strapi: Core.Strapi, id: string, message: unknown) => {
  const dir = path.join(strapi.dirs.app.root, '.tmp', 'mail');
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${id}.json`);
  await fs.writeFile(file, typeof message === 'string' ? message : JSON.stringify(message, null, 2));
  strapi.log.info(`New-comment notification written to ${file}`);
};

/** Emails the moderators about a comment waiting for them. Never fails the submission. */
export const notifyModerators = (strapi: Core.Strapi, comment: NewComment, article: Article, configured: string[]) => {
  const send = async () => {
    const to = await moderatorEmails(strapi, configured);
    if (to.length === 0) return;
    const adminUrl = `${process.env.CMS_PUBLIC_URL ?? ''}/admin/plugins/moderation`;
    const info = await strapi.plugin('email').service('email').send({
      to: to.join(', '),
      subject: `New comment awaiting moderation on "${article.title}"`,
      text: [
        `${comment.authorName} commented on "${article.title}":`,
        '',
        comment.body.slice(0, 2000),
        '',
        comment.flagReason ? `Flagged: ${comment.flagReason}` : '',
        `Moderate it: ${adminUrl}`,
      ].join('\n'),
    });
    const message = (info as { message?: unknown } | undefined)?.message;
    if (!process.env.SMTP_HOST && message) await saveToOutbox(strapi, comment.documentId, message);
  };
  send().catch((error: unknown) => strapi.log.warn(`Could not notify moderators: ${String(error)}`));
};
