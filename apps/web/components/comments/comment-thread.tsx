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
  /** Each approved comment's Report link (a page of its own without JavaScript). */
  reportHref?: (id: string) => string;
  onReport?: (comment: PublicComment) => void;
  depth?: number;
  parentId?: string | null;
};

function ReplyLink({ comment, href, onReply }: { comment: PublicComment; href: string; onReply?: (id: string) => void }) {
  const click = (event: MouseEvent) => {
    if (!onReply) return;
    event.preventDefault();
    onReply(comment.id);
  };
  // A real link: without JavaScript it opens the story with the form under this comment.
  return (
    <p className="comment__reply">
      <a href={href} onClick={click} rel="nofollow">
        Reply<span className="visually-hidden"> to {comment.authorName}</span>
      </a>
    </p>
  );
}

function ReportLink({ comment, href, onReport }: { comment: PublicComment; href: string; onReport?: (comment: PublicComment) => void }) {
  const click = (event: MouseEvent) => {
    if (!onReport) return;
    event.preventDefault();
    onReport(comment);
  };
  return (
    <p className="comment__report">
      <a href={href} onClick={click} rel="nofollow">
        Report<span className="visually-hidden"> the comment by {comment.authorName}</span>
      </a>
    </p>
  );
}

/** Threads, oldest first, replies indented under their parents, up to five levels. */
export function CommentThread(props: ThreadProps) {
  const { comments, pending, replyTo, form, replyHref, onReply, reportHref, onReport, depth = 0, parentId = null } = props;
  const pendingHere = (parentId: string | null) => pending.filter((comment) => comment.parentId === parentId);
  const canReply = replyHref !== null && depth < COMMENT_LIMITS.maxThreadDepth - 1;
  const items = comments.map((comment) => {
    const replies = comment.replies.length > 0 || pendingHere(comment.id).length > 0;
    return (
      <CommentItem key={comment.id} comment={comment}>
        <div className="comment__actions">
          {canReply && replyHref ? <ReplyLink comment={comment} href={replyHref(comment.id)} onReply={onReply} /> : null}
          {reportHref ? <ReportLink comment={comment} href={reportHref(comment.id)} onReport={onReport} /> : null}
        </div>
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
