import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { COMMENT_STATUSES, documentIdSchema } from '@derna/contracts';
import { answer } from '../../../api/comment/rules/comment-error';
import { parseOrThrow } from '../../../api/comment/rules/parse';

const queueQuery = z.strictObject({
  status: z.enum(COMMENT_STATUSES).optional(),
  article: documentIdSchema.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
const statusChange = z.strictObject({
  documentIds: z.array(documentIdSchema).min(1, 'Select at least one comment.').max(200),
  status: z.enum(COMMENT_STATUSES),
});
const eraseRequest = z.strictObject({ email: z.email('Enter the email address the commenter used.') });
const dismissRequest = z.strictObject({ documentIds: z.array(documentIdSchema).min(1, 'Select at least one comment.').max(200) });
const countsQuery = z.strictObject({ article: documentIdSchema.optional() });

type Context = { query: unknown; request: { body?: unknown }; state: { user: { id: number; email: string } } } & Parameters<typeof answer>[0];

const reports = (strapi: Core.Strapi) =>
  strapi.service('api::comment-report.comment-report') as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
const comments = (strapi: Core.Strapi) => strapi.service('api::comment.comment') as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;

/** The moderation page's API: validate, call the comment service, answer. */
export default {
  moderation: ({ strapi }: { strapi: Core.Strapi }) => ({
    queue: (ctx: Context) =>
      answer(ctx, async () => ({ body: await comments(strapi).moderationQueue(parseOrThrow(queueQuery, ctx.query, 'Invalid queue filter.')) })),
    counts: (ctx: Context) =>
      answer(ctx, async () => ({ body: await comments(strapi).statusCounts(parseOrThrow(countsQuery, ctx.query, 'Invalid filter.').article) })),
    setStatus: (ctx: Context) =>
      answer(ctx, async () => {
        const { documentIds, status } = parseOrThrow(statusChange, ctx.request.body, 'Invalid moderation request.');
        return { body: await comments(strapi).setStatus(documentIds, status, ctx.state.user) };
      }),
    reports: (ctx: Context) => answer(ctx, async () => ({ body: await reports(strapi).reported() })),
    dismissReports: (ctx: Context) =>
      answer(ctx, async () => {
        const { documentIds } = parseOrThrow(dismissRequest, ctx.request.body, 'Invalid dismiss request.');
        return { body: await reports(strapi).dismiss(documentIds, ctx.state.user) };
      }),
    erase: (ctx: Context) =>
      answer(ctx, async () => {
        const { email } = parseOrThrow(eraseRequest, ctx.request.body, 'Invalid erase request.');
        return { body: await comments(strapi).eraseByEmail(email, ctx.state.user) };
      }),
  }),
};
