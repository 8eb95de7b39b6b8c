import { MODERATION_ACTIONS } from './permissions';

const allowed = (action: string) => [{ name: 'admin::hasPermissions', config: { actions: [action] } }];

export default {
  admin: {
    type: 'admin',
    routes: [
      { method: 'GET', path: '/comments', handler: 'moderation.queue', config: { policies: allowed(MODERATION_ACTIONS.read) } },
      { method: 'GET', path: '/comments/counts', handler: 'moderation.counts', config: { policies: allowed(MODERATION_ACTIONS.read) } },
      { method: 'POST', path: '/comments/status', handler: 'moderation.setStatus', config: { policies: allowed(MODERATION_ACTIONS.moderate) } },
      { method: 'GET', path: '/reports', handler: 'moderation.reports', config: { policies: allowed(MODERATION_ACTIONS.read) } },
      { method: 'POST', path: '/reports/dismiss', handler: 'moderation.dismissReports', config: { policies: allowed(MODERATION_ACTIONS.moderate) } },
      { method: 'POST', path: '/commenters/erase', handler: 'moderation.erase', config: { policies: allowed(MODERATION_ACTIONS.erase) } },
    ],
  },
};
