import type { Core } from '@strapi/strapi';
import { articlePublishedDate } from './documents/article-published-date';
import { revalidateSite } from './documents/revalidate-site';
import { commentGuard } from './documents/comment-guard';
import { ensureIndexes } from './bootstrap/indexes';
import { enforcePublicPermissions } from './bootstrap/public-permissions';
import { ensureModeratorRole } from './bootstrap/moderator-role';
import { seedDemoAccounts } from './bootstrap/demo-accounts';
import { seedDernaStory } from './bootstrap/seed-story';
import { ensureSiteToken } from './bootstrap/site-token';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(articlePublishedDate(strapi));
    strapi.documents.use(revalidateSite(strapi));
    strapi.documents.use(commentGuard);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureIndexes(strapi);
    await enforcePublicPermissions(strapi);
    await ensureModeratorRole(strapi);
    await ensureSiteToken(strapi);
    await seedDemoAccounts(strapi);
    await seedDernaStory(strapi);
    await (strapi.service('api::comment.comment') as unknown as { openLimiters: () => Promise<void> }).openLimiters();
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    (strapi.service('api::comment.comment') as unknown as { closeLimiters: () => void }).closeLimiters();
  },
};
