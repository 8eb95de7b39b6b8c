import { factories } from '@strapi/strapi';
import { answer } from '../../comment/rules/comment-error';

type Service = { unsubscribe: (payload: unknown) => Promise<unknown> };

/** Public: the signed token is the only credential an unsubscribe needs. */
export default factories.createCoreController('api::notification.notification', ({ strapi }) => ({
  async unsubscribe(ctx) {
    const service = strapi.service('api::notification.notification') as unknown as Service;
    await answer(ctx, async () => ({ body: { data: await service.unsubscribe(ctx.request.body) } }));
  },
}));
