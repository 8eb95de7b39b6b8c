import 'server-only';
import { createCmsClient, CmsRequestError } from '@derna/cms-client';
import { fieldErrors, newCommentSchema, type SubmittedComment } from '@derna/contracts';
import { env } from '../env';
import { readerIp } from './reader-ip';

export type SubmitResult =
  | { ok: true; comment: SubmittedComment }
  | { ok: false; status: number; message: string; errors: Partial<Record<string, string>> };

/** What the form adds around the comment itself: spam signals, not comment fields. */
export type SubmissionSignals = { honeypot: string; renderedAt: number | null; notify?: boolean };

const UNAVAILABLE =
  'Comments are temporarily unavailable. Your comment has not been lost: it is still in the form, please try again in a minute.';

/**
 * How long a reader's comment may wait for the CMS. A CMS that is down refuses at once; one that
 * is busy answers in turn (a burst of 500 comments takes this machine's CMS 12-15 s), and giving
 * up early would tell a reader to try again about a comment the CMS then stores.
 */
const SUBMIT_TIMEOUT_MS = 30_000;

const client = () =>
  env.CMS_API_TOKEN ? createCmsClient({ baseUrl: env.CMS_URL, token: env.CMS_API_TOKEN, timeoutMs: SUBMIT_TIMEOUT_MS }) : null;

const failure = (status: number, message: string, errors: Partial<Record<string, string>> = {}): SubmitResult => ({
  ok: false,
  status,
  message,
  errors,
});

/**
 * A reader's comment, from the form (server action) or the JSON endpoint: checked with the
 * shared contract, then sent to the CMS with the site's token and the reader's IP. The CMS's
 * comment service applies every moderation rule; this only carries them across.
 */
export const submitComment = async (input: unknown, signals: SubmissionSignals, headers: Headers): Promise<SubmitResult> => {
  const parsed = newCommentSchema.safeParse(input);
  if (!parsed.success) return failure(400, 'Please correct the highlighted fields.', fieldErrors(parsed.error));
  const cms = client();
  if (!cms) return failure(503, UNAVAILABLE);

  try {
    const comment = await cms.comments.submit(parsed.data, {
      ip: readerIp(headers),
      userAgent: (headers.get('user-agent') ?? '').slice(0, 500),
      honeypotFilled: signals.honeypot.trim() !== '',
      elapsedMs: signals.renderedAt ? Math.max(0, Date.now() - signals.renderedAt) : null,
    }, { notify: signals.notify === true });
    return { ok: true, comment };
  } catch (error) {
    if (error instanceof CmsRequestError) {
      const errors = (error.details as { errors?: Partial<Record<string, string>> } | undefined)?.errors ?? {};
      return failure(error.status, error.message, Array.isArray(errors) ? {} : errors);
    }
    return failure(503, UNAVAILABLE);
  }
};
