import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/config/required-env';
import { previewUrl } from '../src/config/preview-url';

export default ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const webUrl = env('WEB_URL', 'http://localhost:3000');
  const previewSecret = env('PREVIEW_SECRET');
  return {
    auth: { secret: requiredEnv(env, 'ADMIN_JWT_SECRET') },
    apiToken: { salt: requiredEnv(env, 'API_TOKEN_SALT') },
    transfer: { token: { salt: requiredEnv(env, 'TRANSFER_TOKEN_SALT') } },
    secrets: { encryptionKey: requiredEnv(env, 'ENCRYPTION_KEY') },
    // API-only test runs have no admin build to serve.
    serveAdminPanel: env.bool('CMS_SERVE_ADMIN', true),
    flags: { nps: false, promoteEE: false },
    preview: {
      enabled: Boolean(previewSecret),
      config: {
        allowedOrigins: [webUrl],
        handler: (uid, { documentId, status }) => previewUrl({ uid, documentId, status, webUrl, secret: previewSecret ?? '' }),
      },
    },
  };
};
