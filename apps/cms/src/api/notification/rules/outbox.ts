import type { Core } from '@strapi/strapi';

const NOTIFICATION = 'api::notification.notification';

export type NotificationKind = 'pending' | 'reported' | 'approved' | 'reply';
export type OutboxRow = { id: number; kind: NotificationKind; comment: string; createdAt: string };

/**
 * Mail to send, kept in the database (the outbox) so that a restart neither repeats nor loses
 * it. A row is claimed (sentAt set) by exactly one sender before its mail goes out.
 */
export const createOutbox = (strapi: Core.Strapi) => {
  const rows = () => strapi.db.query(NOTIFICATION);
  return {
    /** Queues a notification once per `dedupeKey` (e.g. one approval email per comment, ever). */
    async enqueue(kind: NotificationKind, comment: string, dedupeKey = `${kind}:${comment}:${Date.now()}`) {
      if (await rows().findOne({ where: { dedupeKey }, select: ['id'] })) return;
      await rows().create({ data: { kind, comment, dedupeKey } });
    },

    /** Unsent rows of these kinds, oldest first, each claimed by this caller alone. */
    async claim(kinds: NotificationKind[], limit = 500): Promise<OutboxRow[]> {
      const unsent = (await rows().findMany({
        where: { kind: { $in: kinds }, sentAt: { $null: true } },
        select: ['id', 'kind', 'comment', 'createdAt'],
        orderBy: { id: 'asc' },
        limit,
      })) as OutboxRow[];
      const claimed: OutboxRow[] = [];
      const now = new Date();
      for (const row of unsent) {
        const { count } = await rows().updateMany({ where: { id: row.id, sentAt: { $null: true } }, data: { sentAt: now } });
        if (count === 1) claimed.push(row);
      }
      return claimed;
    },

    /** Hands rows back (their mail could not go out): the next run tries again. */
    async release(ids: number[]) {
      if (ids.length) await rows().updateMany({ where: { id: { $in: ids } }, data: { sentAt: null } });
    },
  };
};
