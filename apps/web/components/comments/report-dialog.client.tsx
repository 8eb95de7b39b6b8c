'use client';

import { useEffect, useRef } from 'react';
import { ReportForm } from './report-form.client';

type ReportDialogProps = { slug: string; comment: { id: string; authorName: string }; onClose: () => void };

/** With JavaScript, the Report link opens this modal dialog over the story instead of a new page. */
export function ReportDialog({ slug, comment, onClose }: ReportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);
  return (
    <dialog ref={dialog} className="report-dialog" aria-labelledby="report-title" onClose={onClose}>
      <h2 id="report-title">Report the comment by {comment.authorName}</h2>
      <ReportForm slug={slug} commentId={comment.id} authorName={comment.authorName} onDone={() => dialog.current?.close()} />
    </dialog>
  );
}
