'use server';

import { headers } from 'next/headers';
import { ENVELOPE_FIELDS, EMPTY_VALUES, HONEYPOT_FIELD, RENDERED_AT_FIELD, type CommentFormState } from './form-state';
import { submitComment } from './submit-comment';
import { NOTIFY_FIELD } from './notify-field';

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

/** The comment, exactly as sent: unknown fields stay in, so that the contract refuses them. */
const commentFields = (form: FormData) => {
  const fields: Record<string, FormDataEntryValue> = {};
  for (const [key, value] of form.entries()) {
    // React's own progressive-enhancement fields, and the envelope, are not the comment.
    if (key.startsWith('$ACTION') || ENVELOPE_FIELDS.has(key) || key === NOTIFY_FIELD) continue;
    if (key === 'parent' && value === '') continue;
    fields[key] = value;
  }
  return fields;
};

/**
 * The comment form's server action: works as a plain HTML form post without JavaScript (the
 * page is rendered again with this state) and in place with it. Next checks the Origin.
 */
export async function postComment(_previous: CommentFormState, form: FormData): Promise<CommentFormState> {
  const values = {
    body: text(form.get('body')),
    authorName: text(form.get('authorName')),
    authorEmail: text(form.get('authorEmail')),
    authorUrl: text(form.get('authorUrl')),
    parent: text(form.get('parent')),
  };
  const renderedAt = Number(text(form.get(RENDERED_AT_FIELD))) || null;
  const notify = text(form.get(NOTIFY_FIELD)) === 'yes';
  const result = await submitComment(commentFields(form), { honeypot: text(form.get(HONEYPOT_FIELD)), renderedAt, notify }, await headers());
  if (!result.ok) return { status: 'error', message: result.message, errors: result.errors, values, comment: null };
  // Name, email and website stay for the next comment; the text goes.
  return {
    status: 'sent',
    message: 'Your comment is awaiting moderation.',
    errors: {},
    values: { ...EMPTY_VALUES, authorName: values.authorName, authorEmail: values.authorEmail, authorUrl: values.authorUrl },
    comment: result.comment,
  };
}
