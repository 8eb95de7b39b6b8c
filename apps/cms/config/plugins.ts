import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/config/required-env';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwtSecret: requiredEnv(env, 'JWT_SECRET'),
      // Readers never sign up: the site has no accounts.
      register: { allowedFields: [] },
    },
  },
});
