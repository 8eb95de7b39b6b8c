import type { Core } from '@strapi/strapi';

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
};
