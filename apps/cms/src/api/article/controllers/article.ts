import { factories } from '@strapi/strapi';

type AuthState = { auth?: { strategy?: { name?: string } } };

/** Drafts are for editors' preview, which comes with an API token; anyone else reads published only. */
const onlyPublishedUnlessToken = (ctx: { state: AuthState; query: Record<string, unknown> }) => {
  if (ctx.state.auth?.strategy?.name !== 'api-token') ctx.query = { ...ctx.query, status: 'published' };
};

export default factories.createCoreController('api::article.article', () => ({
  async find(ctx) {
    onlyPublishedUnlessToken(ctx);
    return super.find(ctx);
  },
  async findOne(ctx) {
    onlyPublishedUnlessToken(ctx);
    return super.findOne(ctx);
  },
}));
