'use client';

import { useEffect, useState, useSyncExternalStore, type MouseEvent, type ReactNode } from 'react';
import type { CommentPage, PublicComment, SubmittedComment } from '@derna/contracts';
import { EMPTY_VALUES, type CommentFormValues } from '@/lib/comments/form-state';
import { forgetPending, rememberPending, usePendingComments } from '@/lib/comments/local-store';
import { useCommentPages } from '@/lib/comments/use-comment-pages';
import { commentsPagePath, replyPath, reportPath } from '@/lib/story-paths';
import { commentsHeading } from './comments-heading';
import { CommentThread } from './comment-thread';
import { ReplyForm } from './reply-form.client';
import { ReportDialog, type ReportTarget } from './report-dialog.client';

export type CommentsAreaProps = {
  articleId: string;
  slug: string;
  open: boolean;
  /** The page the server rendered: page 1 on the story, a later one on /news/<slug>/comments/<n>. */
  firstPage: CommentPage;
  /** Set when the page was opened from a Reply link without JavaScript (/news/<slug>/reply/<id>). */
  initialReplyTo?: string | null;
  /** The email opt-in checkbox, rendered on the server (see NotifyOptIn). */
  optIn?: ReactNode;
};

const flatten = (comments: PublicComment[]): PublicComment[] => comments.flatMap((c) => [c, ...flatten(c.replies)]);
const noop = () => () => undefined;

/** The approved comments (first page server-rendered, then kept fresh) and the form. */
export function CommentsArea({ articleId, slug, open, firstPage, initialReplyTo = null, optIn }: CommentsAreaProps) {
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  const { pages, nextPage, hasMore, loadMore: fetchMore, loadingMore, failed } = useCommentPages(articleId, firstPage);
  const startPage = firstPage.pagination.page;
  const first = pages[0] ?? firstPage;
  const comments = pages.flatMap((page) => page.comments);
  // Without JavaScript, "Load more" is a link to the next page of comments.
  const loadMore = (event: MouseEvent) => {
    event.preventDefault();
    fetchMore();
  };
  // Without JavaScript, Report is a link to a page with the form; once hydrated, a button that opens a dialog.
  const [reporting, setReporting] = useState<ReportTarget | null>(null);

  const [replyTo, setReplyTo] = useState<string | null>(initialReplyTo);
  const draft = useState<CommentFormValues>(EMPTY_VALUES);

  // The reader's own comments awaiting moderation: those not published yet.
  const published = new Set(flatten(comments).map(({ id }) => id));
  const pending = usePendingComments(articleId).filter(({ id }) => !published.has(id));
  const publishedKey = [...published].join(',');
  useEffect(() => forgetPending(articleId, new Set(publishedKey.split(','))), [articleId, publishedKey]);

  const onSent = (comment: SubmittedComment) => {
    rememberPending(articleId, comment);
    setReplyTo(null);
  };

  const target = replyTo ? flatten(comments).find(({ id }) => id === replyTo) : undefined;
  const form = open ? (
    <ReplyForm
      articleId={articleId}
      slug={slug}
      replyTo={target ? { id: target.id, authorName: target.authorName } : null}
      draft={draft}
      renderedAt={Date.parse(firstPage.pinnedAt)}
      hydrated={hydrated}
      onCancelReply={() => setReplyTo(null)}
      onSent={onSent}
      optIn={optIn}
    />
  ) : null;

  return (
    <section id="comments" className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title" className="comments__title">
        {commentsHeading(first.approvedCount)}
      </h2>
      {failed && hydrated ? (
        <p role="status" className="notice">
          Comments are temporarily unavailable. Anything you type below is kept.
        </p>
      ) : null}
      {startPage > 1 ? (
        <p className="comments__earlier">
          <a href={commentsPagePath(slug, startPage - 1)}>Earlier comments</a>
        </p>
      ) : null}
      <CommentThread
        comments={comments}
        pending={pending}
        replyTo={target ? target.id : null}
        form={form}
        replyHref={open ? (id) => replyPath(slug, id, startPage) : null}
        onReply={setReplyTo}
        reportHref={(id) => reportPath(slug, id)}
        onReport={hydrated ? setReporting : undefined}
      />
      {reporting ? <ReportDialog target={reporting} onClose={() => setReporting(null)} /> : null}
      {hasMore ? (
        <p className="comments__more">
          <a href={commentsPagePath(slug, nextPage)} className="button button--ghost" onClick={loadMore} aria-busy={loadingMore}>
            Load more comments
          </a>
        </p>
      ) : null}
      {target ? null : (form ?? <p className="comments__closed">Comments are closed.</p>)}
    </section>
  );
}
