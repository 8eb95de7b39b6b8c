import type { Core } from '@strapi/strapi';
import { articlePublishedDate } from './documents/article-published-date';
import { enforcePublicPermissions } from './bootstrap/public-permissions';
import { ensureModeratorRole } from './bootstrap/moderator-role';
import { seedDemoAccounts } from './bootstrap/demo-accounts';
import { seedDernaStory } from './bootstrap/seed-story';
import { ensureSiteToken } from './bootstrap/site-token';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(articlePublishedDate(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await enforcePublicPermissions(strapi);
    await ensureModeratorRole(strapi);
    await ensureSiteToken(strapi);
    await seedDemoAccounts(strapi);
    await seedDernaStory(strapi);
  },
};
