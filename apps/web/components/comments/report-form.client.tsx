'use client';

import { useActionState } from 'react';
import { REPORT_REASON_MAX_CHARS } from '@derna/contracts/limits';
import { postReport } from '@/lib/comments/report-action';
import { initialReportState } from '@/lib/comments/report-state';
import { reportPath } from '@/lib/story-paths';

type ReportFormProps = { slug: string; commentId: string; authorName: string; onDone?: () => void };

/** "Report this comment": a server action, so it posts without JavaScript and in place with it. */
export function ReportForm({ slug, commentId, authorName, onDone }: ReportFormProps) {
  const [state, formAction, sending] = useActionState(postReport, initialReportState, reportPath(slug, commentId));
  const reasonId = `report-reason-${commentId}`;
  if (state.status === 'sent') {
    return (
      <div role="status" className="notice notice--success">
        <p>{state.message}</p>
        {onDone ? (
          <button type="button" className="button button--ghost" onClick={onDone}>
            Close
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <form action={formAction} className="report-form" aria-label={`Report the comment by ${authorName}`}>
      {state.status === 'error' ? (
        <p role="alert" className="notice notice--error">
          {state.message}
        </p>
      ) : null}
      <p>
        <label htmlFor={reasonId}>Why should a moderator look at it? (optional)</label>
        <textarea id={reasonId} name="reason" rows={3} maxLength={REPORT_REASON_MAX_CHARS} defaultValue={state.reason} />
      </p>
      <input type="hidden" name="comment" value={commentId} />
      <p className="report-form__actions">
        <button type="submit" className="button" aria-disabled={sending} onClick={(event) => sending && event.preventDefault()}>
          {sending ? 'Sending…' : 'Report comment'}
        </button>
        {onDone ? (
          <button type="button" className="button button--ghost" onClick={onDone}>
            Cancel
          </button>
        ) : null}
      </p>
    </form>
  );
}
