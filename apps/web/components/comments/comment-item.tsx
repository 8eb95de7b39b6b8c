import type { ReactNode } from 'react';
import type { PublicComment } from '@derna/contracts';
import { formatDate } from '@/lib/format-date';

const safeUrl = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : undefined);

function CommentAuthor({ name, url }: { name: string; url: string | null }) {
  const href = safeUrl(url);
  // Readers' links are not endorsements: nofollow ugc, as WordPress does.
  return href ? (
    <a href={href} rel="external nofollow ugc noopener">
      {name}
    </a>
  ) : (
    <>{name}</>
  );
}

type CommentItemProps = {
  comment: Omit<PublicComment, 'replies'>;
  /** "Your comment is awaiting moderation." for the author's own pending comment. */
  pending?: boolean;
  /** The Reply link, the form when replying here, and the nested replies. */
  children?: ReactNode;
};

/** One comment: name, date, text as text (line breaks kept), then whatever nests under it. */
export function CommentItem({ comment, pending = false, children }: CommentItemProps) {
  return (
    <li id={`comment-${comment.id}`} className={`comment${pending ? ' comment--pending' : ''}`}>
      <article aria-label={`Comment by ${comment.authorName}`}>
        <footer className="comment__meta">
          <b className="comment__author">
            <CommentAuthor name={comment.authorName} url={comment.authorUrl} />
          </b>{' '}
          <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
        </footer>
        {pending ? <p className="comment__awaiting">Your comment is awaiting moderation.</p> : null}
        <div className="comment__body">
          {comment.body.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </div>
      </article>
      {children}
    </li>
  );
}
