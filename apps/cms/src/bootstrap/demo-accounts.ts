import type { Core } from '@strapi/strapi';
import defaults from '../../data/seed/demo-accounts.json';

type Account = { email: string; password: string; firstname: string; lastname: string; roleCode: string };

/**
 * The demo accounts to make sure of. Outside production each falls back to its default; in
 * production an account exists only when its <PREFIX>_EMAIL and <PREFIX>_PASSWORD are given.
 */
export const demoAccounts = (env: NodeJS.ProcessEnv = process.env): Account[] =>
  defaults.flatMap(({ envPrefix, ...account }) => {
    const email = env[`${envPrefix}_EMAIL`];
    const password = env[`${envPrefix}_PASSWORD`];
    if (env.NODE_ENV === 'production' && !(email && password)) return [];
    return [{ ...account, email: (email ?? account.email).toLowerCase(), password: password ?? account.password }];
  });

/** Creates each demo account that does not exist yet; never touches an existing one. */
export const seedDemoAccounts = async (strapi: Core.Strapi): Promise<void> => {
  for (const { roleCode, ...account } of demoAccounts()) {
    const exists = await strapi.db.query('admin::user').findOne({ where: { email: account.email } });
    if (exists) continue;
    const role = await strapi.db.query('admin::role').findOne({ where: { code: roleCode } });
    if (!role) throw new Error(`Cannot create ${account.email}: role ${roleCode} is missing.`);
    await strapi.service('admin::user').create({ ...account, isActive: true, registrationToken: null, roles: [role.id] });
    strapi.log.info(`Created demo account ${account.email} (${roleCode})`);
  }
};
