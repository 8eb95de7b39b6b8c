import { factories } from '@strapi/strapi';
import { answer } from '../../comment/rules/comment-error';

type Service = { report: (payload: unknown) => Promise<unknown> };

/** Reachable only with the site server's token (see bootstrap/site-token.ts). */
export default factories.createCoreController('api::comment-report.comment-report', ({ strapi }) => ({
  async create(ctx) {
    const service = strapi.service('api::comment-report.comment-report') as unknown as Service;
    await answer(ctx, async () => ({ status: 201, body: { data: await service.report(ctx.request.body) } }));
  },
}));
