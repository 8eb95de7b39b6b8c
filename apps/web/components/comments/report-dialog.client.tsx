'use client';

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { REPORT_REASON_MAX_CHARS } from '@derna/contracts/limits';
import { reportOutcome } from '@/lib/comments/report-outcome';

export type ReportTarget = { id: string; authorName: string };

type ReportDialogProps = { target: ReportTarget; onClose: () => void };

/**
 * With JavaScript, a comment's Report link opens this modal dialog (focus kept inside, Escape
 * closes it) and the report is sent in place. It posts to /api/reports, as the no-JavaScript
 * report page's form does, and says what happened in the same words.
 */
export function ReportDialog({ target, onClose }: ReportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [result, setResult] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    const response = await fetch('/api/reports', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ comment: target.id, ...(reason ? { reason } : {}) }),
    }).catch(() => null);
    setResult(response?.ok ? 'sent' : String(response?.status ?? 503));
    setSending(false);
  };

  const sent = result === 'sent';
  return (
    <dialog ref={dialog} className="report-dialog" aria-labelledby="report-title" onClose={onClose}>
      <h2 id="report-title">Report the comment by {target.authorName}</h2>
      {result ? (
        <p role={sent ? 'status' : 'alert'} className={`notice ${sent ? 'notice--success' : 'notice--error'}`}>
          {reportOutcome(result)}
        </p>
      ) : null}
      <form className="report-form" onSubmit={send}>
        {sent ? null : (
          <>
            <p>A moderator will look at it. Reports from several readers take a comment off the page until then.</p>
            <p>
              <label htmlFor="report-dialog-reason">Why should a moderator look at it? (optional)</label>
              <textarea id="report-dialog-reason" name="reason" rows={3} maxLength={REPORT_REASON_MAX_CHARS} />
            </p>
          </>
        )}
        <p className="report-form__actions">
          {sent ? null : (
            <button type="submit" className="button" aria-disabled={sending}>
              {sending ? 'Sending…' : 'Report comment'}
            </button>
          )}
          <button type="button" className="button button--ghost" onClick={() => dialog.current?.close()}>
            {sent ? 'Close' : 'Cancel'}
          </button>
        </p>
      </form>
    </dialog>
  );
}
