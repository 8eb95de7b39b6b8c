import type { Core } from '@strapi/strapi';
import { articlePublishedDate } from './documents/article-published-date';
import { revalidateSite } from './documents/revalidate-site';
import { commentGuard } from './documents/comment-guard';
import { commentTally } from './documents/comment-tally';
import { commentNotifications } from './documents/comment-notifications';
import { ensureIndexes, refreshPlannerStatistics } from './bootstrap/indexes';
import { ensureNotificationIndexes } from './bootstrap/notification-indexes';
import { enforcePublicPermissions } from './bootstrap/public-permissions';
import { ensureModeratorRole } from './bootstrap/moderator-role';
import { seedDemoAccounts } from './bootstrap/demo-accounts';
import { seedDernaStory } from './bootstrap/seed-story';
import { ensureSiteToken } from './bootstrap/site-token';

type CommentService = { rebuildTallies: () => Promise<void>; openLimiters: () => Promise<void>; closeLimiters: () => void };
const comments = (strapi: Core.Strapi) => strapi.service('api::comment.comment') as unknown as CommentService;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.documents.use(articlePublishedDate(strapi));
    strapi.documents.use(revalidateSite(strapi));
    strapi.documents.use(commentGuard);
    strapi.documents.use(commentTally(strapi));
    strapi.documents.use(commentNotifications(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureIndexes(strapi);
    await ensureNotificationIndexes(strapi);
    await comments(strapi).rebuildTallies();
    await refreshPlannerStatistics(strapi);
    await enforcePublicPermissions(strapi);
    await ensureModeratorRole(strapi);
    await ensureSiteToken(strapi);
    await seedDemoAccounts(strapi);
    await seedDernaStory(strapi);
    await comments(strapi).openLimiters();
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    comments(strapi).closeLimiters();
    (strapi.service('api::comment-report.comment-report') as unknown as { closeLimiter: () => void }).closeLimiter();
  },
};
