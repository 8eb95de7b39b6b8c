type EnvReader = (name: string, fallback?: string) => string | undefined;

/** Secrets the CMS cannot run without (documented in .env.example). */
export const REQUIRED_SECRETS = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

/**
 * A secret the CMS cannot run without. Failing here, naming every missing variable at once,
 * beats Strapi's own error deep in a signing library, one variable at a time.
 */
export const requiredEnv = (env: EnvReader, name: (typeof REQUIRED_SECRETS)[number]): string => {
  const value = env(name);
  if (value) return value;
  const missing = REQUIRED_SECRETS.filter((secret) => !env(secret));
  throw new Error(
    `Missing ${missing.join(', ')}. Set ${missing.length > 1 ? 'them' : 'it'} in the environment or in the ` +
      "repository's .env (see .env.example; `pnpm start` generates local secrets on first run).",
  );
};

export const requiredEnvList = (env: EnvReader, name: (typeof REQUIRED_SECRETS)[number]): string[] =>
  requiredEnv(env, name)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
