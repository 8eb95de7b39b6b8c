'use client';

import { useActionState, useEffect, useRef, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
// The zod-free entry: the browser gets the limits, not the schemas.
import { COMMENT_LIMITS } from '@derna/contracts/limits';
import type { SubmittedComment } from '@derna/contracts';
import { postComment } from '@/lib/comments/comment-action';
import { HONEYPOT_FIELD, RENDERED_AT_FIELD, initialCommentFormState, type CommentFormValues } from '@/lib/comments/form-state';
import { saveDetails, savedDetails, useHasSavedDetails } from '@/lib/comments/local-store';
import { FormField } from './form-field';
import { CommentItem } from './comment-item';

export type ReplyFormProps = {
  articleId: string;
  slug: string;
  replyTo: { id: string; authorName: string } | null;
  /** What the reader has typed, kept by the comments area so it survives moving the form. */
  draft: [CommentFormValues, Dispatch<SetStateAction<CommentFormValues>>];
  renderedAt: number;
  hydrated: boolean;
  onCancelReply: () => void;
  onSent: (comment: SubmittedComment) => void;
  /** "Email me when…": server-rendered markup (components/comments/notify-opt-in.tsx). */
  optIn?: ReactNode;
};

/** "Leave a Reply": a server action, so it posts without JavaScript and in place with it. */
export function ReplyForm({ articleId, slug, replyTo, draft, renderedAt, hydrated, onCancelReply, onSent, optIn }: ReplyFormProps) {
  const storyPath = `/news/${slug}`;
  const [state, formAction, sending] = useActionState(postComment, initialCommentFormState, `${storyPath}#respond`);
  const [values, setValues] = draft;
  const [rememberChoice, setRememberChoice] = useState<boolean | null>(null);
  const hasSavedDetails = useHasSavedDetails();
  const remember = rememberChoice ?? hasSavedDetails;
  const startedAt = useRef<HTMLInputElement>(null);
  const seen = useRef(state);

  useEffect(() => {
    // The time-to-submit spam signal counts from when this reader's page came alive.
    if (startedAt.current) startedAt.current.value = String(Date.now());
    const saved = savedDetails();
    if (!saved) return;
    // One read of this browser's storage after hydration: the server cannot know it.
    setValues((current) => ({ ...current, ...saved }));
  }, [setValues]);

  useEffect(() => {
    if (seen.current === state) return;
    seen.current = state;
    setValues((current) => (state.status === 'sent' ? { ...current, body: '' } : state.values));
    if (state.status === 'sent' && state.comment) onSent(state.comment);
  }, [state, setValues, onSent]);

  // Server-rendered (no JavaScript, or before hydration) the form shows the values it was sent.
  const shown = hydrated ? values : state.values;
  const field = (name: keyof CommentFormValues) => ({
    name,
    value: shown[name],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
    error: state.errors[name],
  });

  return (
    <div id="respond" className="comment-respond">
      <h2 id="reply-title" className="comment-respond__title">
        {replyTo ? `Reply to ${replyTo.authorName}` : 'Leave a Reply'}
        {replyTo ? (
          <small className="comment-respond__cancel">
            <a href={`${storyPath}#respond`} onClick={(event) => (event.preventDefault(), onCancelReply())}>
              Cancel reply
            </a>
          </small>
        ) : null}
      </h2>
      {state.status === 'sent' ? (
        <div role="status" className="notice notice--success">
          {/* Without JavaScript the preview itself carries the notice; with it, the list does. */}
          {hydrated || !state.comment ? <p>{state.message}</p> : null}
          {!hydrated && state.comment ? (
            <ol className="comment-list">
              <CommentItem comment={state.comment} pending />
            </ol>
          ) : null}
        </div>
      ) : null}
      {state.status === 'error' ? (
        <p role="alert" className="notice notice--error">
          {state.message}
          {state.errors.form ? ` ${state.errors.form}` : ''}
        </p>
      ) : null}
      <form
        action={formAction}
        className="comment-form"
        aria-labelledby="reply-title"
        onSubmit={(event) => {
          // A second press while sending is ignored; the button stays focusable (aria-disabled).
          if (sending) return event.preventDefault();
          saveDetails(remember ? { authorName: values.authorName, authorEmail: values.authorEmail, authorUrl: values.authorUrl } : null);
        }}
      >
        <p className="comment-form__notes">
          <span id="email-notes">Your email address will not be published.</span> Required fields are marked{' '}
          <span className="required">*</span>
        </p>
        <FormField id="comment" label="Comment" required multiline maxLength={COMMENT_LIMITS.bodyBytes} {...field('body')} />
        <FormField id="author" label="Name" required autoComplete="name" maxLength={COMMENT_LIMITS.authorNameChars} {...field('authorName')} />
        <FormField id="email" label="Email" type="email" required autoComplete="email" describedBy="email-notes" maxLength={COMMENT_LIMITS.authorEmailChars} {...field('authorEmail')} />
        <FormField id="url" label="Website" type="url" autoComplete="url" maxLength={COMMENT_LIMITS.authorUrlChars} {...field('authorUrl')} />
        <p className="comment-form__consent">
          <input
            id="save-details"
            name="saveDetails"
            type="checkbox"
            value="yes"
            checked={remember}
            onChange={(event) => {
              setRememberChoice(event.target.checked);
              if (!event.target.checked) saveDetails(null);
            }}
          />
          <label htmlFor="save-details">Save my name, email, and website in this browser for the next time I comment.</label>
        </p>
        {optIn}
        <p className="comment-form__hp" aria-hidden="true">
          <label>
            Leave this field empty
            <input name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
          </label>
        </p>
        <input type="hidden" name="article" value={articleId} />
        <input type="hidden" name="parent" value={replyTo?.id ?? ''} />
        <input ref={startedAt} type="hidden" name={RENDERED_AT_FIELD} defaultValue={String(renderedAt)} />
        <p className="comment-form__submit">
          <button type="submit" className="button" aria-disabled={sending}>
            {sending ? 'Posting…' : 'Post Comment'}
          </button>
        </p>
      </form>
    </div>
  );
}
