import { z } from 'zod';
import { documentIdSchema } from './comment';
import { REPORT_REASON_MAX_CHARS } from './limits';

/** A reader's report of an approved comment; the reason is optional. */
export const commentReportSchema = z.strictObject({
  comment: documentIdSchema,
  reason: z
    .string({ error: 'The reason must be text.' })
    .trim()
    .max(REPORT_REASON_MAX_CHARS, `Please keep the reason under ${REPORT_REASON_MAX_CHARS} characters.`)
    .optional(),
});
export type CommentReport = z.infer<typeof commentReportSchema>;

/** What the site's server sends: the report and the reader's IP (hashed by the CMS, never stored). */
export const reportSubmissionSchema = z.strictObject({
  data: commentReportSchema,
  context: z.strictObject({ ip: z.string().min(1).max(64) }),
});

/** The signed token of an unsubscribe link: an address key (hex) and its HMAC (base64url). */
export const unsubscribeTokenSchema = z.string().regex(/^[0-9a-f]{64}\.[A-Za-z0-9_-]{43}$/, 'This unsubscribe link is not valid.');
export const unsubscribeRequestSchema = z.strictObject({ token: unsubscribeTokenSchema });
