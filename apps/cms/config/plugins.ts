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

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwtSecret: requiredEnv(env, 'JWT_SECRET'),
      // Readers never sign up: the site has no accounts.
      register: { allowedFields: [] },
    },
  },
  upload: upload(env),
});
