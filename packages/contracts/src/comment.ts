import { z } from 'zod';
import { COMMENT_LIMITS, countBytes, countChars } from './limits';

export const COMMENT_STATUSES = ['pending', 'approved', 'spam', 'trash'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** Strapi document ids: lowercase letters and digits. */
export const documentIdSchema = z.string().regex(/^[a-z0-9]{1,64}$/, 'Not a valid id');

const isHttpUrl = (value: string) => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const maxChars = (limit: number, message: string) => (value: string) => countChars(value) <= limit || message;
const check = (rule: (value: string) => true | string) =>
  z.string().superRefine((value, ctx) => {
    const verdict = rule(value);
    if (verdict !== true) ctx.addIssue({ code: 'custom', message: verdict });
  });

/** What a reader submits. The same schema checks the form, the site's endpoint and the CMS. */
export const newCommentSchema = z.strictObject({
  article: documentIdSchema,
  parent: documentIdSchema.nullish(),
  authorName: z
    .string({ error: 'Name must be text.' })
    .trim()
    .min(1, 'Please enter your name.')
    .pipe(check(maxChars(COMMENT_LIMITS.authorNameChars, 'Your name can be at most 245 characters.'))),
  authorEmail: z
    .string({ error: 'Email must be text.' })
    .trim()
    .min(1, 'Please enter your email address.')
    .pipe(check(maxChars(COMMENT_LIMITS.authorEmailChars, 'Your email address can be at most 100 characters.')))
    .pipe(z.email('Please enter a valid email address.')),
  authorUrl: z
    .string({ error: 'Website must be text.' })
    .trim()
    .pipe(check(maxChars(COMMENT_LIMITS.authorUrlChars, 'Your website address can be at most 200 characters.')))
    .pipe(check((value) => value === '' || isHttpUrl(value) || 'Your website must start with http:// or https://.'))
    .optional(),
  body: z
    .string({ error: 'Comment must be text.' })
    .refine((value) => value.trim().length > 0, 'Please type your comment.')
    .refine(
      (value) => countBytes(value) <= COMMENT_LIMITS.bodyBytes,
      'Your comment is too long: at most 65,525 bytes (about 65,000 letters, fewer with emoji).',
    ),
});
export type NewComment = z.infer<typeof newCommentSchema>;
export type CommentField = keyof NewComment;

/** What the site's server adds about the submission; only it may send this. */
export const submissionContextSchema = z.strictObject({
  ip: z.string().min(1).max(64),
  userAgent: z.string().max(500).default(''),
  honeypotFilled: z.boolean().default(false),
  elapsedMs: z.number().int().nonnegative().nullable().default(null),
});
export type SubmissionContext = z.infer<typeof submissionContextSchema>;

/**
 * `notify`: the reader ticked "Email me when my comment is approved and when someone replies"
 * (a choice about mail, not part of the comment).
 */
export const commentSubmissionSchema = z.strictObject({
  data: newCommentSchema,
  context: submissionContextSchema,
  notify: z.boolean().default(false),
});

/** A comment as anyone may see it: never the email, IP or user agent. */
export type PublicComment = {
  id: string;
  parentId: string | null;
  authorName: string;
  authorUrl: string | null;
  body: string;
  createdAt: string;
  replies: PublicComment[];
};

export type CommentPage = {
  comments: PublicComment[];
  /** Approved comments on the article, replies included: the "N Comments" figure. */
  approvedCount: number;
  /** Pagination of top-level threads; later pages are computed as of `pinnedAt`. */
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
  pinnedAt: string;
};

/** What the author gets back: their own comment, held for moderation. */
export type SubmittedComment = Omit<PublicComment, 'replies'> & { status: 'pending' };

const issueEntry = (issue: z.core.$ZodIssue): [string, string] => {
  if (issue.code === 'unrecognized_keys') {
    return ['form', `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map((key) => `"${key}"`).join(', ')}.`];
  }
  const field = issue.path.at(-1);
  return [field === undefined ? 'form' : String(field), issue.message];
};

/** Field-by-field messages for the form (the first per field), `form` for the rest. */
export const fieldErrors = (error: z.ZodError): Partial<Record<string, string>> =>
  Object.fromEntries(error.issues.slice().reverse().map(issueEntry));
