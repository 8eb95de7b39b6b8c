import type { Core } from '@strapi/strapi';
import { refreshPlannerStatistics } from '../src/bootstrap/indexes';
import { sendModeratorDigest } from '../src/api/notification/rules/moderator-digest';
import { deliverCommenterMail } from '../src/api/notification/rules/commenter-mail';

// The digest checks every minute whether its interval has passed (every second for intervals under a minute, in tests).
const digestInterval = Number(process.env.COMMENT_DIGEST_INTERVAL_SECONDS ?? 900);
const everySecond = digestInterval < 60;
const everyTick = everySecond ? '* * * * * *' : '* * * * *';
import { runOnce } from '../src/jobs/run-once';

export default {
  /** Nightly, on one replica (runOnce: a Redis lock): erase commenters' IPs and user agents past the retention period. */
  erasePersonalData: {
    task: runOnce('erasePersonalData', async ({ strapi }: { strapi: Core.Strapi }) => {
      const service = strapi.service('api::comment.comment') as unknown as { erasePersonalDataOlderThan: () => Promise<{ erased: number }> };
      const { erased } = await service.erasePersonalDataOlderThan();
      if (erased) strapi.log.info(`Erased the IP address and user agent of ${erased} old comments`);
    }),
    options: { rule: '17 3 * * *' },
  },

  /** Nightly, on one replica: the query planner's statistics follow the data as it grows. */
  refreshPlannerStatistics: {
    task: runOnce('refreshPlannerStatistics', ({ strapi }: { strapi: Core.Strapi }) => refreshPlannerStatistics(strapi)),
    options: { rule: '41 3 * * *' },
  },

  /**
   * On one replica: the moderators' digest (at most one per interval) and commenters' mail a
   * failure left unsent.
   */
  moderatorDigest: {
    task: runOnce(
      'moderatorDigest',
      async ({ strapi }: { strapi: Core.Strapi }) => {
        await sendModeratorDigest(strapi);
        await deliverCommenterMail(strapi);
      },
      everySecond ? 1000 : 60_000,
    ),
    options: { rule: everyTick },
  },
};
