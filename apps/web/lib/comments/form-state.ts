import type { SubmittedComment } from '@derna/contracts';

/** The comment form's fields, as typed: echoed back so that nothing is ever lost on an error. */
export type CommentFormValues = { body: string; authorName: string; authorEmail: string; authorUrl: string; parent: string };

export type CommentFormState = {
  status: 'idle' | 'sent' | 'error';
  message: string | null;
  errors: Partial<Record<string, string>>;
  values: CommentFormValues;
  comment: SubmittedComment | null;
};

export const EMPTY_VALUES: CommentFormValues = { body: '', authorName: '', authorEmail: '', authorUrl: '', parent: '' };

export const initialCommentFormState: CommentFormState = {
  status: 'idle',
  message: null,
  errors: {},
  values: EMPTY_VALUES,
  comment: null,
};

/** Form fields that are about the submission, not the comment. */
export const HONEYPOT_FIELD = 'homepage';
export const RENDERED_AT_FIELD = 'rendered_at';
export const ENVELOPE_FIELDS = new Set([HONEYPOT_FIELD, RENDERED_AT_FIELD, 'saveDetails']);
