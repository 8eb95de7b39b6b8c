import type { ReactNode } from 'react';
import { COMMENT_LIMITS, type CommentSetting } from '@derna/contracts';

export type ReplyFormProps = { articleId: string; commentStatus: CommentSetting };

const Required = () => (
  <span className="required" aria-hidden="true">
    *
  </span>
);

function Field({ id, label, required, children }: { id: string; label: string; required?: boolean; children: ReactNode }) {
  return (
    <p className={`comment-form__field comment-form__field--${id}`}>
      <label htmlFor={id}>
        {label}
        {required ? <> <Required /></> : null}
      </label>
      {children}
    </p>
  );
}

/** "Leave a Reply", as a plain HTML form: it posts without JavaScript. */
export function ReplyForm({ articleId, commentStatus }: ReplyFormProps) {
  if (commentStatus === 'closed') return <p className="comments__closed">Comments are closed.</p>;
  return (
    <div id="respond" className="comment-respond">
      <h2 id="reply-title" className="comment-respond__title">
        Leave a Reply
      </h2>
      <form method="post" action="/api/comments" className="comment-form" aria-labelledby="reply-title">
        <p className="comment-form__notes">
          <span id="email-notes">Your email address will not be published.</span> Required fields are marked{' '}
          <span className="required">*</span>
        </p>
        <Field id="comment" label="Comment" required>
          <textarea id="comment" name="body" rows={8} required maxLength={COMMENT_LIMITS.bodyBytes} />
        </Field>
        <Field id="author" label="Name" required>
          <input id="author" name="authorName" type="text" required maxLength={COMMENT_LIMITS.authorNameChars} autoComplete="name" />
        </Field>
        <Field id="email" label="Email" required>
          <input id="email" name="authorEmail" type="email" required maxLength={COMMENT_LIMITS.authorEmailChars} autoComplete="email" aria-describedby="email-notes" />
        </Field>
        <Field id="url" label="Website">
          <input id="url" name="authorUrl" type="url" maxLength={COMMENT_LIMITS.authorUrlChars} autoComplete="url" />
        </Field>
        <p className="comment-form__consent">
          <input id="save-details" name="saveDetails" type="checkbox" value="yes" />
          <label htmlFor="save-details">Save my name, email, and website in this browser for the next time I comment.</label>
        </p>
        <input type="hidden" name="articleId" value={articleId} />
        <p className="comment-form__submit">
          <button type="submit" className="button">
            Post Comment
          </button>
        </p>
      </form>
    </div>
  );
}
