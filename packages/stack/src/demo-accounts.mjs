import fs from 'node:fs';
import path from 'node:path';
import { cmsDir } from './paths.mjs';

const defaults = JSON.parse(fs.readFileSync(path.join(cmsDir, 'data', 'seed', 'demo-accounts.json'), 'utf8'));

/**
 * The CMS runs in production mode under `pnpm start`, where it seeds demo accounts only when
 * their credentials are given: so give them, from .env or the defaults, and print them.
 */
export const demoAccountEnv = (env) =>
  Object.fromEntries(
    defaults.flatMap(({ envPrefix, email, password }) => [
      [`${envPrefix}_EMAIL`, env[`${envPrefix}_EMAIL`] ?? email],
      [`${envPrefix}_PASSWORD`, env[`${envPrefix}_PASSWORD`] ?? password],
    ]),
  );

export const describeAccounts = (env) =>
  defaults.map(({ envPrefix, roleCode }) => ({
    role: roleCode.replace(/^(strapi|derna)-/, ''),
    email: env[`${envPrefix}_EMAIL`],
    password: env[`${envPrefix}_PASSWORD`],
  }));
