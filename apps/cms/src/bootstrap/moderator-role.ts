import type { Core } from '@strapi/strapi';
import { MODERATION_ACTIONS } from '../plugins/moderation/server/permissions';
import { commentFields, explorer, MODERATOR_EDITABLE_FIELDS, type PermissionInput, type RoleService } from './comment-permissions';

export const MODERATOR_ROLE_CODE = 'derna-moderator';

/**
 * What a moderator may do, and nothing more: the Moderation page, and comments (every field,
 * private ones included) in the Content Manager: read, change status and text, delete. No other
 * content type, no media, no settings: their menu shows only what they can use.
 */
export const moderatorPermissions = (strapi: Core.Strapi): PermissionInput[] => [
  ...Object.values(MODERATION_ACTIONS).map((action) => ({ action, subject: null })),
  explorer('read', commentFields(strapi)),
  explorer('update', MODERATOR_EDITABLE_FIELDS),
  explorer('delete'),
];

/** At every boot: the Moderator role exists and has exactly these permissions. */
export const ensureModeratorRole = async (strapi: Core.Strapi): Promise<void> => {
  const roles = strapi.service('admin::role') as unknown as RoleService;
  const role =
    (await strapi.db.query('admin::role').findOne({ where: { code: MODERATOR_ROLE_CODE } })) ??
    (await roles.create({
      name: 'Moderator',
      code: MODERATOR_ROLE_CODE,
      description: 'Moderators approve, reject or mark as spam the comments readers send. Nothing else.',
    }));
  await roles.assignPermissions(role.id, moderatorPermissions(strapi));
};
