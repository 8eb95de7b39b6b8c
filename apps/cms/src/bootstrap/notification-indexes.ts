import type { Core } from '@strapi/strapi';

/** Indexes for the outbox, opt-ins, opt-outs and reports (see bootstrap/indexes.ts for why at boot). */
const INDEXES = [
  'CREATE INDEX IF NOT EXISTS notifications_unsent_idx ON notifications (sent_at, kind, id)',
  'CREATE INDEX IF NOT EXISTS notifications_dedupe_key_idx ON notifications (dedupe_key)',
  'CREATE INDEX IF NOT EXISTS comment_subscriptions_comment_idx ON comment_subscriptions (comment)',
  'CREATE INDEX IF NOT EXISTS mail_unsubscribes_email_key_idx ON mail_unsubscribes (email_key)',
  'CREATE INDEX IF NOT EXISTS comment_reports_comment_idx ON comment_reports (comment, dismissed_at)',
] as const;

export const ensureNotificationIndexes = async (strapi: Core.Strapi): Promise<void> => {
  for (const statement of INDEXES) await strapi.db.connection.raw(statement);
};
