import crypto from 'node:crypto';
import fs from 'node:fs';
import dotenv from 'dotenv';

const secret = () => crypto.randomBytes(24).toString('base64');

/** Every secret the stack needs, and how to make a fresh one. */
export const GENERATED_SECRETS = {
  APP_KEYS: () => Array.from({ length: 4 }, secret).join(','),
  API_TOKEN_SALT: secret,
  ADMIN_JWT_SECRET: secret,
  TRANSFER_TOKEN_SALT: secret,
  JWT_SECRET: secret,
  ENCRYPTION_KEY: secret,
  REVALIDATE_SECRET: () => crypto.randomBytes(24).toString('hex'),
  PREVIEW_SECRET: () => crypto.randomBytes(24).toString('hex'),
  CMS_API_TOKEN: () => crypto.randomBytes(48).toString('hex'),
};

/**
 * Adds any missing secret to the ignored .env, keeping what is there. Returns the names added.
 * Never runs in production: there, missing secrets must stop the CMS with a clear message.
 */
export const ensureLocalSecrets = (file, env = process.env) => {
  const current = fs.existsSync(file) ? dotenv.parse(fs.readFileSync(file)) : {};
  const missing = Object.keys(GENERATED_SECRETS).filter((name) => !current[name] && !env[name]);
  if (missing.length === 0) return [];
  const lines = missing.map((name) => `${name}=${GENERATED_SECRETS[name]()}`);
  const header = fs.existsSync(file) ? '' : '# Generated on first run by `pnpm start`. Keep out of git. See .env.example.\n';
  fs.appendFileSync(file, `${header}${lines.join('\n')}\n`, { mode: 0o600 });
  return missing;
};

/** The environment for both apps: .env values, overridden by the real environment. */
export const loadEnv = (file, env = process.env) => ({
  ...(fs.existsSync(file) ? dotenv.parse(fs.readFileSync(file)) : {}),
  ...env,
});
