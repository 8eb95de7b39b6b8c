import type { Core } from '@strapi/strapi';
import routes from './routes';
import controllers from './controllers';
import { ACTION_DEFINITIONS } from './permissions';

export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    const permissions = strapi.service('admin::permission') as unknown as {
      actionProvider: { registerMany: (actions: typeof ACTION_DEFINITIONS) => Promise<void> };
    };
    await permissions.actionProvider.registerMany(ACTION_DEFINITIONS);
  },
  routes,
  controllers,
};
