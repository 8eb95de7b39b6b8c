import type { Core } from '@strapi/strapi';

export const MODERATOR_ROLE_CODE = 'derna-moderator';

/**
 * What a moderator may do, and nothing more. Articles are deliberately absent: a moderator
 * cannot open, edit or publish them. The comment permissions join this list with the comment type.
 */
export const MODERATOR_PERMISSIONS: Array<{ action: string; subject: string | null; properties?: object }> = [];

export const ensureModeratorRole = async (strapi: Core.Strapi): Promise<void> => {
  const roles = strapi.service('admin::role');
  let role = await strapi.db.query('admin::role').findOne({ where: { code: MODERATOR_ROLE_CODE } });
  if (!role) {
    role = await roles.create({
      name: 'Moderator',
      code: MODERATOR_ROLE_CODE,
      description: 'Moderators approve, reject or mark as spam the comments readers send. Nothing else.',
    });
  }
  await roles.assignPermissions(role.id, MODERATOR_PERMISSIONS);
};
