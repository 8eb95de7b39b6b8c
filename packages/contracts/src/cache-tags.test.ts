import { cacheTags, cacheTagSchema, EDGE_REFRESH_MAX_STORIES, revalidateRequestSchema, slugSchema } from './cache-tags';

describe('cache tags', () => {
  it('accepts every tag the builders make', () => {
    for (const tag of [cacheTags.articleList, cacheTags.commentCounts, cacheTags.article('libya-haftars-army'), cacheTags.comments('k2x9abc')]) {
      expect(cacheTagSchema.safeParse(tag).success).toBe(true);
    }
  });

  it('refuses tags of other shapes', () => {
    for (const tag of ['_N_T_/layout', 'article:', 'article:../x', 'article:a/b', 'comments:a b', 'ARTICLES', '']) {
      expect(cacheTagSchema.safeParse(tag).success).toBe(false);
    }
  });

  it('needs at least one tag and at most twenty', () => {
    expect(revalidateRequestSchema.safeParse({ tags: [] }).success).toBe(false);
    expect(revalidateRequestSchema.safeParse({ tags: Array(21).fill('articles') }).success).toBe(false);
    expect(revalidateRequestSchema.safeParse({ tags: ['articles'], immediate: true }).success).toBe(true);
  });

  it('names story pages to refresh at the edge by slug only, a bounded number of them', () => {
    expect(revalidateRequestSchema.safeParse({ tags: ['comments:k2x9abc'], stories: ['derna-floods'] }).success).toBe(true);
    for (const stories of [['../admin'], ['/news/x'], ['a b'], Array(EDGE_REFRESH_MAX_STORIES + 1).fill('x')]) {
      expect(revalidateRequestSchema.safeParse({ tags: ['articles'], stories }).success).toBe(false);
    }
  });
});

describe('slugs', () => {
  it('allows what Strapi uid fields make, and nothing that changes a path', () => {
    expect(slugSchema.safeParse('libya-haftars-army-in-control-of-derna').success).toBe(true);
    for (const slug of ['', '.', '..', 'a/b', '//evil.example', 'a b', 'a%2fb', 'https://x']) {
      expect(slugSchema.safeParse(slug).success).toBe(false);
    }
  });
});
