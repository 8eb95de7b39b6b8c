import type { CommentStatus } from '@derna/contracts';

/**
 * A comment's status in people's words, wherever the admin shows one (the Content Manager's list,
 * filters and form, the Moderation page). The stored values and the API keep the enum.
 * A Record so that a status added to the contracts fails the typecheck until it has its words.
 */
export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  pending: 'Awaiting moderation',
  approved: 'Approved',
  spam: 'Spam',
  trash: 'Trash',
};
