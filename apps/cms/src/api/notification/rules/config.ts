import type { Core } from '@strapi/strapi';
import { mailSecret } from './mail-token';

export type NotificationConfig = {
  notifyEmails: string[];
  digestIntervalSeconds: number;
  reportThreshold: number;
  reportRateLimitPoints: number;
  rateLimitWindowSeconds: number;
  redisUrl: string;
  mailTokenSecret: string;
  siteUrl: string;
  adminUrl: string;
};

/** The notification settings of config/comments.ts, with the mail secret resolved. */
export const notificationConfig = (strapi: Core.Strapi) => {
  const config = strapi.config.get('comments') as NotificationConfig;
  return { ...config, secret: mailSecret(config.mailTokenSecret), siteUrl: config.siteUrl.replace(/\/$/, '') };
};
