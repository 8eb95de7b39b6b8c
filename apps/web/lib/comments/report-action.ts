'use server';

import { headers } from 'next/headers';
import type { ReportFormState } from './report-state';
import { reportComment } from './report-comment';

const text = (value: FormDataEntryValue | null) => (typeof value === 'string' ? value : '');

/** The Report form's server action: a plain form post without JavaScript, in place with it. */
export async function postReport(_previous: ReportFormState, form: FormData): Promise<ReportFormState> {
  const reason = text(form.get('reason'));
  const result = await reportComment({ comment: text(form.get('comment')), ...(reason.trim() ? { reason } : {}) }, await headers());
  if (!result.ok) return { status: 'error', message: result.message, reason };
  return { status: 'sent', message: 'Thank you. A moderator will look at this comment.', reason: '' };
}
