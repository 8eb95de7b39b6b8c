import { NOTIFY_FIELD } from '@/lib/comments/notify-field';

/**
 * The email opt-in, unchecked by default. A server component handed to the (client) form as
 * markup: it costs the story page no JavaScript, and posts with the form like any checkbox.
 */
export function NotifyOptIn() {
  return (
    <p className="comment-form__consent">
      <input id="notify-me" name={NOTIFY_FIELD} type="checkbox" value="yes" />
      <label htmlFor="notify-me">Email me when my comment is approved and when someone replies.</label>
    </p>
  );
}
