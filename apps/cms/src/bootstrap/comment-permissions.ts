import type { Core } from '@strapi/strapi';

export const COMMENT = 'api::comment.comment';
const EXPLORER = 'plugin::content-manager.explorer';
const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

/** What a commenter gave us that identifies them: moderators and admins only. */
export const PRIVATE_COMMENTER_FIELDS = ['authorEmail', 'authorIp', 'userAgent'];
/** What a moderator may change in the Content Manager; the rest is filled in by the CMS. */
export const MODERATOR_EDITABLE_FIELDS = ['authorName', 'authorUrl', 'body', 'moderationStatus'];

export type PermissionInput = {
  action: string;
  subject: string | null;
  properties?: { fields?: string[] };
  conditions?: string[];
};

/** The comment's own fields (schema attributes, new ones included), for field-level permissions. */
export const commentFields = (strapi: Core.Strapi): string[] =>
  Object.keys(strapi.contentType(COMMENT).attributes).filter((name) => !SYSTEM_FIELDS.has(name));

export const explorer = (verb: 'read' | 'update' | 'delete' | 'create' | 'publish', fields?: string[]): PermissionInput => ({
  action: `${EXPLORER}.${verb}`,
  subject: COMMENT,
  properties: fields ? { fields } : {},
  conditions: [],
});

export type RoleService = {
  create: (attributes: Record<string, string>) => Promise<{ id: number }>;
  assignPermissions: (roleId: number, permissions: PermissionInput[]) => Promise<unknown>;
};
