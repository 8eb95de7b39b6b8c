import type { CommentStatus } from '@derna/contracts';
import { COMMENT_STATUS_LABELS } from '../../../../admin-config/comment-status-labels';

export const PLUGIN_ID = 'moderation';

/** The plugin's admin actions (server/permissions.ts), in the shape the admin's RBAC helpers take. */
export const PERMISSIONS = {
  read: [{ action: 'plugin::moderation.read', subject: null }],
  moderate: [{ action: 'plugin::moderation.moderate', subject: null }],
  erase: [{ action: 'plugin::moderation.erase', subject: null }],
};

/** The same words as the Content Manager's (src/admin-config/comment-status-labels.ts). */
export const STATUS_LABELS = COMMENT_STATUS_LABELS;

export const COMMENT_STATUSES = Object.keys(STATUS_LABELS) as CommentStatus[];

export const PAGE_SIZES = ['10', '20', '50', '100'];
export const DEFAULT_PAGE_SIZE = 20;
