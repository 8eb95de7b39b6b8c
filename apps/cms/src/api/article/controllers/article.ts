import { factories } from '@strapi/strapi';

type AuthState = { auth?: { strategy?: { name?: string } } };

// Strapi 5.54 names the API-token strategy 'content-api-token'; earlier 5.x called it 'api-token'.
const TOKEN_STRATEGIES = new Set(['content-api-token', 'api-token']);

/** Drafts are for editors' preview, which comes with an API token; anyone else reads published only. */
const onlyPublishedUnlessToken = (ctx: { state: AuthState; query: Record<string, unknown> }) => {
  if (!TOKEN_STRATEGIES.has(ctx.state.auth?.strategy?.name ?? '')) ctx.query = { ...ctx.query, status: 'published' };
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
