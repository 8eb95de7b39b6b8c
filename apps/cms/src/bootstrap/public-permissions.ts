import type { Core } from '@strapi/strapi';

/**
 * Everything an anonymous client may do. The list is owned by code, not by clicks in the admin:
 * on every boot the Public role is brought back to exactly this, so nothing else ever becomes public.
 */
export const PUBLIC_ACTIONS = [
  'api::article.article.find',
  'api::article.article.findOne',
  // Read access lets an article populate its author and category (public on every story page).
  'api::author.author.find',
  'api::category.category.find',
  // Approved comments of published stories only: the controller allows nothing else.
  'api::comment.comment.find',
] as const;

const PERMISSION_UID = 'plugin::users-permissions.permission';

export const enforcePublicPermissions = async (strapi: Core.Strapi): Promise<void> => {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
  if (!role) throw new Error('The users-permissions Public role is missing.');

  const granted: Array<{ id: number; action: string }> = await strapi.db
    .query(PERMISSION_UID)
    .findMany({ where: { role: role.id }, select: ['id', 'action'] });

  const extra = granted.filter(({ action }) => !(PUBLIC_ACTIONS as readonly string[]).includes(action));
  if (extra.length > 0) {
    await strapi.db.query(PERMISSION_UID).deleteMany({ where: { id: { $in: extra.map(({ id }) => id) } } });
    strapi.log.info(`Public role: removed ${extra.map(({ action }) => action).join(', ')}`);
  }

  const missing = PUBLIC_ACTIONS.filter((action) => !granted.some((permission) => permission.action === action));
  for (const action of missing) {
    await strapi.db.query(PERMISSION_UID).create({ data: { action, role: role.id } });
  }
};
