type EnvReader = (name: string, fallback?: string) => string | undefined;

/**
 * A secret the CMS cannot run without. Failing here, with the variable's name, beats Strapi's
 * own error deep in a signing library.
 */
export const requiredEnv = (env: EnvReader, name: string): string => {
  const value = env(name);
  if (!value) {
    throw new Error(
      `Missing ${name}. Set it in the environment or in the repository's .env ` +
        '(see .env.example; `pnpm start` generates local secrets on first run).',
    );
  }
  return value;
};

export const requiredEnvList = (env: EnvReader, name: string): string[] =>
  requiredEnv(env, name)
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
