'use client';

import { useEffect, useState, useSyncExternalStore } from 'react';
import useSWRInfinite from 'swr/infinite';
import type { CommentPage, PublicComment, SubmittedComment } from '@derna/contracts';
import { EMPTY_VALUES, type CommentFormValues } from '@/lib/comments/form-state';
import { forgetPending, rememberPending, usePendingComments } from '@/lib/comments/local-store';
import { commentsHeading } from './comments-heading';
import { CommentThread } from './comment-thread';
import { ReplyForm } from './reply-form.client';

export type CommentsAreaProps = {
  articleId: string;
  slug: string;
  open: boolean;
  firstPage: CommentPage;
  /** Set when the page was opened from a Reply link without JavaScript (?replytocom=). */
  initialReplyTo?: string | null;
};

const fetchPage = async (url: string): Promise<CommentPage> => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
};

const flatten = (comments: PublicComment[]): PublicComment[] => comments.flatMap((c) => [c, ...flatten(c.replies)]);
const noop = () => () => undefined;

/** The approved comments (first page server-rendered, then kept fresh by SWR) and the form. */
export function CommentsArea({ articleId, slug, open, firstPage, initialReplyTo = null }: CommentsAreaProps) {
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  const key = (index: number, previous: CommentPage | null) => {
    if (previous && index >= previous.pagination.pageCount) return null;
    const pinned = index === 0 ? '' : `&pinnedAt=${encodeURIComponent(firstPage.pinnedAt)}`;
    return `/api/comments?article=${articleId}&page=${index + 1}${pinned}`;
  };
  const { data, error, size, setSize, isLoading } = useSWRInfinite(key, fetchPage, { fallbackData: [firstPage] });
  const pages = data ?? [firstPage];
  const comments = pages.flatMap((page) => page.comments);
  const hasMore = pages.length < (pages[0]?.pagination.pageCount ?? 0);

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
    />
  ) : null;

  return (
    <section id="comments" className="comments" aria-labelledby="comments-title">
      <h2 id="comments-title" className="comments__title">
        {commentsHeading(pages[0]?.approvedCount ?? 0)}
      </h2>
      {error && hydrated ? (
        <p role="status" className="notice">
          Comments are temporarily unavailable. Anything you type below is kept.
        </p>
      ) : null}
      <CommentThread
        comments={comments}
        pending={pending}
        replyTo={target ? target.id : null}
        form={form}
        replyHref={open ? (id) => `/news/${slug}?replytocom=${id}#respond` : null}
        onReply={setReplyTo}
      />
      {hasMore ? (
        <p className="comments__more">
          <button type="button" className="button button--ghost" onClick={() => setSize(size + 1)} disabled={isLoading}>
            Load more comments
          </button>
        </p>
      ) : null}
      {target ? null : (form ?? <p className="comments__closed">Comments are closed.</p>)}
    </section>
  );
}
