import { Discuss } from '@strapi/icons';
import type { StrapiApp } from '@strapi/strapi/admin';
import { PERMISSIONS, PLUGIN_ID } from './constants';

const title = { id: `${PLUGIN_ID}.menu`, defaultMessage: 'Moderation' };

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Discuss,
      intlLabel: title,
      permissions: PERMISSIONS.read,
      Component: () => import('./pages/app').then(({ ModerationApp }) => ({ default: ModerationApp })),
    });
    // addMenuLink's notificationsCount is read once, before anyone logs in: the live count is here.
    app.widgets.register({
      id: 'pending-comments',
      pluginId: PLUGIN_ID,
      icon: Discuss,
      title: { id: `${PLUGIN_ID}.widget.pending`, defaultMessage: 'Comments to moderate' },
      link: { label: { id: `${PLUGIN_ID}.widget.open`, defaultMessage: 'Open the moderation queue' }, href: `/plugins/${PLUGIN_ID}` },
      component: () => import('./components/pending-widget').then(({ PendingWidget }) => PendingWidget),
      permissions: PERMISSIONS.read,
    });
    app.registerPlugin({ id: PLUGIN_ID, name: 'Moderation' });
  },
};
