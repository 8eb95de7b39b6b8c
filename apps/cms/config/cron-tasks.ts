import type { Core } from '@strapi/strapi';
import { refreshPlannerStatistics } from '../src/bootstrap/indexes';

export default {
  /** Nightly: erase commenters' IPs and user agents past the retention period. */
  erasePersonalData: {
    task: async ({ strapi }: { strapi: Core.Strapi }) => {
      const service = strapi.service('api::comment.comment') as unknown as { erasePersonalDataOlderThan: () => Promise<{ erased: number }> };
      const { erased } = await service.erasePersonalDataOlderThan();
      if (erased) strapi.log.info(`Erased the IP address and user agent of ${erased} old comments`);
    },
    options: { rule: '17 3 * * *' },
  },

  /** Nightly: the query planner's statistics follow the data as it grows. */
  refreshPlannerStatistics: {
    task: ({ strapi }: { strapi: Core.Strapi }) => refreshPlannerStatistics(strapi),
    options: { rule: '41 3 * * *' },
  },
};
