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

/**
 * Document ids of the story, the parent and the thread: for the CMS, not for people. Without
 * read permission on them, the Content Manager neither shows them nor offers them as filters.
 * The story is shown and filtered by its title (articleTitle). The schema does not mark the
 * story as required (the Content Manager's form refuses to save a required field its user cannot
 * read); the comment guard (src/documents/comment-guard.ts) requires it below every API.
 */
export const INTERNAL_ID_FIELDS = ['article', 'parent', 'threadRoot'];

/** The comment's fields a person may read (schema attributes, new ones included, minus the ids). */
export const commentFields = (strapi: Core.Strapi): string[] =>
  Object.keys(strapi.contentType(COMMENT).attributes).filter((name) => !SYSTEM_FIELDS.has(name) && !INTERNAL_ID_FIELDS.includes(name));

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
