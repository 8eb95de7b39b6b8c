import type { ButtonProps } from '@strapi/design-system';
import type { CommentStatus, StatusFilter } from '../types';

export type StatusAction = { target: CommentStatus; label: string; variant: ButtonProps['variant'] };

const APPROVE: StatusAction = { target: 'approved', label: 'Approve', variant: 'success-light' };
const UNAPPROVE: StatusAction = { target: 'pending', label: 'Unapprove', variant: 'secondary' };
const RESTORE: StatusAction = { target: 'pending', label: 'Restore', variant: 'secondary' };
const SPAM: StatusAction = { target: 'spam', label: 'Spam', variant: 'danger-light' };
const TRASH: StatusAction = { target: 'trash', label: 'Trash', variant: 'danger-light' };

/** What can be done from each status, as on WordPress's comments screen; "Restore" means back to Pending. */
export const ACTIONS_BY_STATUS: Record<StatusFilter, StatusAction[]> = {
  pending: [APPROVE, SPAM, TRASH],
  approved: [UNAPPROVE, SPAM, TRASH],
  spam: [RESTORE, TRASH],
  trash: [RESTORE, SPAM],
  all: [APPROVE, SPAM, TRASH, RESTORE],
};
