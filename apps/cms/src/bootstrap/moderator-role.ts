import type { Core } from '@strapi/strapi';
import { MODERATION_ACTIONS } from '../plugins/moderation/server/permissions';

export const MODERATOR_ROLE_CODE = 'derna-moderator';
const EDITOR_ROLE_CODE = 'strapi-editor';

/**
 * What a moderator may do, and nothing more: the Moderation page. No content-type permission at
 * all, so a moderator cannot open, edit or publish articles, nor read comments elsewhere.
 */
export const MODERATOR_PERMISSIONS = Object.values(MODERATION_ACTIONS).map((action) => ({ action, subject: null }));

type RoleService = {
  create: (attributes: Record<string, string>) => Promise<{ id: number }>;
  assignPermissions: (roleId: number, permissions: unknown[]) => Promise<unknown>;
  addPermissions: (roleId: number, permissions: unknown[]) => Promise<unknown>;
};

export const ensureModeratorRole = async (strapi: Core.Strapi): Promise<void> => {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  const roleQuery = strapi.db.query('admin::role');
  const role =
    (await roleQuery.findOne({ where: { code: MODERATOR_ROLE_CODE } })) ??
    (await roles.create({
      name: 'Moderator',
      code: MODERATOR_ROLE_CODE,
      description: 'Moderators approve, reject or mark as spam the comments readers send. Nothing else.',
    }));
  await roles.assignPermissions(role.id, MODERATOR_PERMISSIONS);

  // Editors moderate too; add what they lack without touching the rest of their role.
  const editor = await roleQuery.findOne({ where: { code: EDITOR_ROLE_CODE }, populate: ['permissions'] });
  if (!editor) return;
  const has = new Set((editor.permissions as Array<{ action: string }>).map(({ action }) => action));
  const missing = MODERATOR_PERMISSIONS.filter(({ action }) => !has.has(action));
  if (missing.length) await roles.addPermissions(editor.id, missing);
};
