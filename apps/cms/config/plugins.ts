import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/config/required-env';

/** Uploads go to an S3-compatible store when S3_BUCKET is set, to local disk otherwise. */
const upload = (env: Core.Config.Shared.ConfigParams['env']) =>
  env('S3_BUCKET')
    ? {
        config: {
          provider: 'aws-s3',
          providerOptions: {
            baseUrl: env('S3_PUBLIC_URL'),
            s3Options: {
              region: env('S3_REGION', 'auto'),
              endpoint: env('S3_ENDPOINT'),
              forcePathStyle: Boolean(env('S3_ENDPOINT')),
              credentials: { accessKeyId: env('S3_ACCESS_KEY_ID'), secretAccessKey: env('S3_SECRET_ACCESS_KEY') },
              params: { Bucket: env('S3_BUCKET') },
            },
          },
        },
      }
    : {};

/**
 * Mail goes out through SMTP when SMTP_HOST is set. Without it, nodemailer's JSON transport
 * sends nothing and the notifier writes each message to apps/cms/.tmp/mail instead.
 */
const email = (env: Core.Config.Shared.ConfigParams['env']) => ({
  config: {
    provider: 'nodemailer',
    providerOptions: env('SMTP_HOST')
      ? {
          host: env('SMTP_HOST'),
          port: env.int('SMTP_PORT', 587),
          secure: env.bool('SMTP_SECURE', false),
          auth: env('SMTP_USERNAME') ? { user: env('SMTP_USERNAME'), pass: env('SMTP_PASSWORD') } : undefined,
        }
      : { jsonTransport: true },
    settings: {
      defaultFrom: env('EMAIL_FROM', 'Derna Newsroom <no-reply@derna.local>'),
      defaultReplyTo: env('EMAIL_REPLY_TO', 'no-reply@derna.local'),
    },
  },
});

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwtSecret: requiredEnv(env, 'JWT_SECRET'),
      // Readers never sign up: the site has no accounts.
      register: { allowedFields: [] },
    },
  },
  upload: upload(env),
  email: email(env),
  moderation: { enabled: true, resolve: './src/plugins/moderation' },
});
