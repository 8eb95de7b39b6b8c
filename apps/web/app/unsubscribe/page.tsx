import type { Metadata } from 'next';
import { isUnsubscribeToken } from '@/lib/unsubscribe';

type Props = { searchParams: Promise<{ token?: string; result?: string }> };

export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false, follow: false } };

const RESULTS: Record<string, { title: string; text: string }> = {
  done: { title: 'You are unsubscribed', text: 'We will send no more email to this address about comments.' },
  invalid: { title: 'This link is not valid', text: 'Use the unsubscribe link in the latest email you received from us.' },
  unavailable: { title: 'Please try again', text: 'We could not unsubscribe you just now. Please try again in a minute.' },
};

/**
 * The page an email's "Unsubscribe" link opens: a plain form (no JavaScript needed) that posts
 * to /unsubscribe/one-click, the same address mail clients post to (RFC 8058).
 */
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token, result } = await searchParams;
  const outcome = result ? RESULTS[result] : undefined;
  if (outcome) {
    return (
      <div className="notice-page" role={result === 'done' ? 'status' : 'alert'}>
        <h1>{outcome.title}</h1>
        <p>{outcome.text}</p>
      </div>
    );
  }
  if (!isUnsubscribeToken(token)) {
    return (
      <div className="notice-page">
        <h1>{RESULTS.invalid!.title}</h1>
        <p>{RESULTS.invalid!.text}</p>
      </div>
    );
  }
  return (
    <div className="notice-page">
      <h1>Unsubscribe</h1>
      <p>Stop all email from us about comments (approvals and replies) to the address this link was sent to.</p>
      <form method="post" action={`/unsubscribe/one-click?token=${encodeURIComponent(token)}`}>
        <input type="hidden" name="from" value="page" />
        <button type="submit" className="button">
          Unsubscribe
        </button>
      </form>
    </div>
  );
}
