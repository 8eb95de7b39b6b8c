import crypto from 'node:crypto';

const random = (bytes = 24) => crypto.randomBytes(bytes).toString('hex');

/** Fresh secrets for one test run: nothing read from the developer's .env. */
export const testSecrets = () => ({
  APP_KEYS: [random(), random()].join(','),
  API_TOKEN_SALT: random(),
  ADMIN_JWT_SECRET: random(),
  TRANSFER_TOKEN_SALT: random(),
  JWT_SECRET: random(),
  ENCRYPTION_KEY: random(16),
  REVALIDATE_SECRET: random(),
  PREVIEW_SECRET: random(),
  CMS_API_TOKEN: random(48),
});
