import { factories } from '@strapi/strapi';
import { z } from 'zod';
import { COMMENTS_PAGE_SIZE, documentIdSchema, MAX_PAGE_SIZE } from '@derna/contracts';
import { answer } from '../rules/comment-error';
import { parseOrThrow } from '../rules/parse';

const UID = 'api::comment.comment';

/** The only query the public comment list takes; anything else is refused. */
const listQuerySchema = z.strictObject({
  article: documentIdSchema,
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(COMMENTS_PAGE_SIZE),
  pinnedAt: z.iso.datetime().optional(),
});

const service = () => strapi.service(UID) as unknown as {
  listApproved: (query: { article: string; page: number; pageSize: number; pinnedAt: string }) => Promise<{
    comments: unknown[];
    approvedCount: number;
    pagination: unknown;
    pinnedAt: string;
  }>;
  submit: (payload: unknown) => Promise<unknown>;
};

/** Thin on purpose: check the transport, call the comment service, shape the envelope. */
export default factories.createCoreController(UID, () => ({
  async find(ctx) {
    await answer(ctx, async () => {
      const query = parseOrThrow(listQuerySchema, ctx.query, 'Invalid comment query.');
      const page = await service().listApproved({ ...query, pinnedAt: query.pinnedAt ?? new Date().toISOString() });
      const { comments, ...meta } = page;
      return { body: { data: comments, meta } };
    });
  },

  /** Strapi's own controller, routed only for benchmarks (BENCH_BASELINE_ROUTES=true). */
  async defaultFind(ctx) {
    return super.find(ctx);
  },

  /** Reachable only with the site server's token (see bootstrap/site-token.ts). */
  async create(ctx) {
    await answer(ctx, async () => ({ status: 201, body: { data: await service().submit(ctx.request.body) } }));
  },
}));
