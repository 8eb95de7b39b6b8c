import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { MODERATOR_ROLE_CODE } from '../../../bootstrap/moderator-role';

/** Who gets the moderators' digest: COMMENT_NOTIFY_EMAILS, or else every active moderator. */
export const moderatorEmails = async (strapi: Core.Strapi, configured: string[]) => {
  if (configured.length) return [...new Set(configured)];
  const users = await strapi.db.query('admin::user').findMany({
    where: { isActive: true, blocked: false, roles: { code: MODERATOR_ROLE_CODE } },
    select: ['email'],
  });
  return [...new Set((users as Array<{ email: string }>).map(({ email }) => email))];
};

export type Mail = { to: string; subject: string; text: string; html: string; headers?: Record<string, string> };

/** Where mail is kept when no SMTP server is configured (development). */
const saveToOutbox = async (strapi: Core.Strapi, message: unknown) => {
  const dir = path.join(strapi.dirs.app.root, '.tmp', 'mail');
  await fs.mkdir(dir, { recursive: true });
  const stamp = `${new Date().toISOString().replace(/[:.]/g, '-')}-${Math.random().toString(36).slice(2, 8)}`;
  const file = path.join(dir, `${stamp}.json`);
  await fs.writeFile(file, typeof message === 'string' ? message : JSON.stringify(message, null, 2));
  strapi.log.info(`Email written to ${file}`);
};

/**
 * Sends one message to one recipient through Strapi's email plugin (SMTP when SMTP_HOST is set,
 * else nodemailer's JSON transport, kept in .tmp/mail). One recipient per message: nobody sees
 * anybody else's address.
 */
export const sendMail = async (strapi: Core.Strapi, mail: Mail) => {
  const info = await strapi.plugin('email').service('email').send(mail);
  const message = (info as { message?: unknown } | undefined)?.message;
  if (!process.env.SMTP_HOST && message) await saveToOutbox(strapi, message);
};
