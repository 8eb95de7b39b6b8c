import type { StrapiApp } from '@strapi/strapi/admin';
import { commentStatusTranslations, registerCommentListHooks } from './comment-list/comment-list-hooks';
import { settingsLinkGuard } from './settings-link/settings-link-guard';

export default {
  config: {
    locales: [],
    tutorials: false,
    notifications: { releases: false },
    translations: { en: commentStatusTranslations },
  },
  register(app: StrapiApp) {
    app.addMiddlewares([settingsLinkGuard(app)]);
  },
  bootstrap(app: StrapiApp) {
    registerCommentListHooks(app);
  },
};
