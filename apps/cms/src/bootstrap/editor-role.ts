import type { Core } from '@strapi/strapi';
import { commentFields, COMMENT, explorer, PRIVATE_COMMENTER_FIELDS, type PermissionInput, type RoleService } from './comment-permissions';

const EDITOR_ROLE_CODE = 'strapi-editor';
const MODERATION_PLUGIN = 'plugin::moderation.';

type StoredPermission = PermissionInput & { actionParameters?: unknown };

/**
 * Editors write stories; readers' comments are the moderators'. Strapi's default Editor role may
 * do anything in the Content Manager, comments included: at every boot we take that back. An
 * editor reads comments (to see what readers say) without the commenter's email, IP or browser,
 * cannot change or delete them, and has no Moderation page (it shows emails and IPs). Everything
 * else in the role (articles, authors, categories, media) is left as the admins set it.
 */
export const editorCommentPermissions = (strapi: Core.Strapi): PermissionInput[] => [
  explorer(
    'read',
    commentFields(strapi).filter((field) => !PRIVATE_COMMENTER_FIELDS.includes(field)),
  ),
];

const isCommentRight = ({ action, subject }: PermissionInput) => subject === COMMENT || action.startsWith(MODERATION_PLUGIN);

export const enforceEditorRole = async (strapi: Core.Strapi): Promise<void> => {
  const editor = await strapi.db.query('admin::role').findOne({ where: { code: EDITOR_ROLE_CODE }, populate: ['permissions'] });
  if (!editor) return;
  const kept = (editor.permissions as StoredPermission[])
    .filter((permission) => !isCommentRight(permission))
    .map(({ action, subject, properties, conditions, actionParameters }) => ({ action, subject, properties, conditions, actionParameters }));
  const roles = strapi.service('admin::role') as unknown as RoleService;
  await roles.assignPermissions(editor.id, [...kept, ...editorCommentPermissions(strapi)]);
};
