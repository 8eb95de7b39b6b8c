import type { MouseEvent, ReactNode } from 'react';
import { COMMENT_LIMITS } from '@derna/contracts/limits';
import type { PublicComment, SubmittedComment } from '@derna/contracts';
import { CommentItem } from './comment-item';

export type ThreadProps = {
  comments: PublicComment[];
  /** The author's own comments awaiting moderation, shown where they will appear. */
  pending: SubmittedComment[];
  /** The comment being replied to: the form is placed under it. */
  replyTo: string | null;
  form: ReactNode;
  /** Null when comments are closed. */
  replyHref: ((id: string) => string) | null;
  onReply?: (id: string) => void;
  /** Each approved comment's Report link: a page with the report form, which needs no JavaScript. */
  reportHref: (id: string) => string;
  /** Set once the page is hydrated: Report is then a button that opens the report dialog. */
  onReport?: (comment: { id: string; authorName: string }) => void;
  depth?: number;
  parentId?: string | null;
};

/** A click handler that does `act` instead of following the link, when there is one. */
const instead = (act?: () => void) => (event: MouseEvent) => {
  if (!act) return;
  event.preventDefault();
  act();
};

function ReplyLink({ comment, href, onReply }: { comment: PublicComment; href: string; onReply?: (id: string) => void }) {
  const click = instead(onReply && (() => onReply(comment.id)));
  // A real link: without JavaScript it opens the story with the form under this comment.
  return (
    <a href={href} onClick={click} rel="nofollow">
      Reply<span className="visually-hidden"> to {comment.authorName}</span>
    </a>
  );
}

/**
 * Without JavaScript, a link to a page with the report form; with it, a button that opens the
 * report dialog in place. Its purpose is clear from the comment it sits under (WCAG 2.4.4); the
 * report page is noindex, nofollow.
 */
function ReportControl({ comment, href, onReport }: { comment: PublicComment; href: string; onReport?: ThreadProps['onReport'] }) {
  if (!onReport) return <a href={href}>Report</a>;
  return (
    <button type="button" className="comment__action" aria-haspopup="dialog" onClick={() => onReport(comment)}>
      Report
    </button>
  );
}

/** Threads, oldest first, replies indented under their parents, up to five levels. */
export function CommentThread({ comments, pending, replyTo, form, replyHref, onReply, reportHref, onReport, depth = 0, parentId = null }: ThreadProps) {
  const pendingHere = (parentId: string | null) => pending.filter((comment) => comment.parentId === parentId);
  const canReply = replyHref !== null && depth < COMMENT_LIMITS.maxThreadDepth - 1;
  const items = comments.map((comment) => {
    const replies = comment.replies.length > 0 || pendingHere(comment.id).length > 0;
    return (
      <CommentItem key={comment.id} comment={comment}>
        <p className="comment__reply">
          {canReply && replyHref ? <ReplyLink comment={comment} href={replyHref(comment.id)} onReply={onReply} /> : null}
          <ReportControl comment={comment} href={reportHref(comment.id)} onReport={onReport} />
        </p>
        {replyTo === comment.id ? form : null}
        {replies ? (
          <CommentThread
            comments={comment.replies}
            pending={pending}
            replyTo={replyTo}
            form={form}
            replyHref={replyHref}
            onReply={onReply}
            reportHref={reportHref}
            onReport={onReport}
            depth={depth + 1}
            parentId={comment.id}
          />
        ) : null}
      </CommentItem>
    );
  });
  const ownPending = pendingHere(parentId);
  if (items.length === 0 && ownPending.length === 0) return null;
  return (
    <ol className={depth === 0 ? 'comment-list' : 'comment-list comment-list--children'}>
      {items}
      {ownPending.map((comment) => (
        <CommentItem key={comment.id} comment={comment} pending />
      ))}
    </ol>
  );
}
