import type { Core } from '@strapi/strapi';
import { requiredEnvList } from '../src/config/required-env';
import cronTasks from './cron-tasks';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('CMS_HOST', '0.0.0.0'),
  port: env.int('CMS_PORT', 1337),
  url: env('CMS_PUBLIC_URL', ''),
  app: { keys: requiredEnvList(env, 'APP_KEYS') },
  // Behind the edge, trust its X-Forwarded-* headers only when told to, and then only the one
  // address the edge wrote (Koa's default takes the leftmost entry: the client's own claim).
  proxy: { koa: env.bool('CMS_TRUST_PROXY', false), maxIpsCount: 1 },
  cron: { enabled: env.bool('CMS_CRON', true), tasks: cronTasks },
});
