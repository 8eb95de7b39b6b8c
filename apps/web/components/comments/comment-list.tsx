import { formatDate } from '@/lib/format-date';

/** A published comment as the list shows it. */
export type ListedComment = {
  id: string;
  authorName: string;
  authorUrl: string | null;
  createdAt: string;
  body: string;
};

export type CommentListProps = { comments: ListedComment[]; total: number };

export const commentsHeading = (total: number) =>
  total === 0 ? 'No comments yet' : `${total} ${total === 1 ? 'Comment' : 'Comments'}`;

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

/** Approved comments: the heading with the count, then the comments, oldest first. */
export function CommentList({ comments, total }: CommentListProps) {
  return (
    <>
      <h2 id="comments-title" className="comments__title">
        {commentsHeading(total)}
      </h2>
      {comments.length > 0 ? (
        <ol className="comment-list">
          {comments.map((comment) => (
            <li key={comment.id} id={`comment-${comment.id}`} className="comment">
              <article aria-label={`Comment by ${comment.authorName}`}>
                <footer className="comment__meta">
                  <b className="comment__author">
                    <CommentAuthor name={comment.authorName} url={comment.authorUrl} />
                  </b>{' '}
                  <time dateTime={comment.createdAt}>{formatDate(comment.createdAt)}</time>
                </footer>
                <div className="comment__body">
                  {comment.body.split(/\n{2,}/).map((paragraph, index) => (
                    <p key={index}>{paragraph}</p>
                  ))}
                </div>
              </article>
            </li>
          ))}
        </ol>
      ) : null}
    </>
  );
}
