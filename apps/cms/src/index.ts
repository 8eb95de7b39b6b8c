import type { Core } from '@strapi/strapi';
import { articlePublishedDate } from './documents/article-published-date';
import { invalidation } from './documents/invalidation';
import { commentGuard } from './documents/comment-guard';
import { commentModerationRecord } from './documents/comment-moderation-record';
import { commentTally } from './documents/comment-tally';
import { storyTally } from './documents/story-tally';
import { createStoryTally } from './api/article/rules/story-tally';
import { storyDeletion } from './documents/story-deletion';
import { commentDisplayFields } from './documents/comment-display-fields';
import { canonicalUrlGuard } from './documents/canonical-url';
import { ensureIndexes, refreshPlannerStatistics } from './bootstrap/indexes';
import { ensureSearchIndex } from './bootstrap/search-index';
import { commentNotifications } from './documents/comment-notifications';
import { ensureNotificationIndexes } from './bootstrap/notification-indexes';
import { enforcePublicPermissions } from './bootstrap/public-permissions';
import { ensureModeratorRole } from './bootstrap/moderator-role';
import { enforceEditorRole } from './bootstrap/editor-role';
import { applyAdminLayouts } from './bootstrap/admin-layouts';
import { backfillCommentDisplayFields } from './bootstrap/comment-display-backfill';
import { seedDemoAccounts } from './bootstrap/demo-accounts';
import { seedDernaStory } from './bootstrap/seed-story';
import { ensureSiteToken } from './bootstrap/site-token';

type CommentService = { rebuildTallies: () => Promise<void>; openLimiters: () => Promise<void>; closeLimiters: () => void };
const comments = (strapi: Core.Strapi) => strapi.service('api::comment.comment') as unknown as CommentService;
let stopInvalidation: (() => Promise<void>) | undefined;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Outermost first. Bad input is refused before anything runs; the invalidation middleware
    // then sees each change as it finally is (guarded, recorded) and what it did to derived data
    // (tallies, a deleted story's comments, display fields).
    strapi.documents.use(canonicalUrlGuard);
    const { middleware, close } = invalidation(strapi);
    stopInvalidation = close;
    strapi.documents.use(middleware);
    strapi.documents.use(articlePublishedDate(strapi));
    strapi.documents.use(storyDeletion(strapi));
    strapi.documents.use(storyTally(strapi));
    strapi.documents.use(commentGuard);
    strapi.documents.use(commentModerationRecord(strapi));
    strapi.documents.use(commentTally(strapi));
    strapi.documents.use(commentDisplayFields(strapi));
    strapi.documents.use(commentNotifications(strapi));
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensureIndexes(strapi);
    await ensureSearchIndex(strapi);
    await ensureNotificationIndexes(strapi);
    await comments(strapi).rebuildTallies();
    await createStoryTally(strapi).rebuild();
    await refreshPlannerStatistics(strapi);
    await enforcePublicPermissions(strapi);
    await ensureModeratorRole(strapi);
    await enforceEditorRole(strapi);
    await applyAdminLayouts(strapi);
    await backfillCommentDisplayFields(strapi);
    await ensureSiteToken(strapi);
    await seedDemoAccounts(strapi);
    await seedDernaStory(strapi);
    await comments(strapi).openLimiters();
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    comments(strapi).closeLimiters();
    await stopInvalidation?.();
    (strapi.service('api::comment-report.comment-report') as unknown as { closeLimiter: () => void }).closeLimiter();
  },
};
