import { searchQuerySchema, storyListQuerySchema } from '@derna/contracts';
import { parseQuery, respond } from '../rules/story-error';
import { listStories } from '../rules/story-lists';
import { searchStories } from '../rules/story-search';
import { storyDirectory } from '../rules/story-directory';
import { checkSearchBudget } from '../rules/search-limiter';

type Context = {
  query: Record<string, unknown>;
  request: { ip: string };
  status: number;
  body: unknown;
  set: (name: string, value: string) => void;
};

/**
 * Readers' lists and search: published stories and public fields only, whoever asks (no token
 * reads drafts here). Thin: validate the query, call the rules, shape the envelope.
 */
export default {
  async list(ctx: Context) {
    await respond(ctx, async () => {
      const query = parseQuery(storyListQuerySchema, ctx.query, 'Invalid story list query.');
      const { stories, ...meta } = await listStories(strapi, query);
      return { data: stories, meta };
    });
  },

  async directory(ctx: Context) {
    await respond(ctx, async () => ({ data: await storyDirectory(strapi) }));
  },

  async search(ctx: Context) {
    await respond(ctx, async () => {
      const query = parseQuery(searchQuerySchema, ctx.query, 'Invalid search.');
      await checkSearchBudget(ctx.request.ip);
      const { hits, pagination } = await searchStories(strapi, query);
      return { data: hits, meta: { pagination } };
    });
  },
};
