import type { CommentStatus } from '@derna/contracts';

export const PLUGIN_ID = 'moderation';

/** The plugin's admin actions (server/permissions.ts), in the shape the admin's RBAC helpers take. */
export const PERMISSIONS = {
  read: [{ action: 'plugin::moderation.read', subject: null }],
  moderate: [{ action: 'plugin::moderation.moderate', subject: null }],
  erase: [{ action: 'plugin::moderation.erase', subject: null }],
};

/** A Record so that a status added to the contracts fails the typecheck until it has a tab. */
export const STATUS_LABELS: Record<CommentStatus, string> = {
  pending: 'Pending',
  approved: 'Approved',
  spam: 'Spam',
  trash: 'Trash',
};

export const COMMENT_STATUSES = Object.keys(STATUS_LABELS) as CommentStatus[];

export const PAGE_SIZES = ['10', '20', '50', '100'];
export const DEFAULT_PAGE_SIZE = 20;
