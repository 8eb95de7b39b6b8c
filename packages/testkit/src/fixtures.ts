/** A minimal valid article for fixtures; unique title and slug on every call. */
export const buildArticle = (overrides: Record<string, unknown> = {}) => {
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  return {
    title: `Test story ${unique}`,
    slug: `test-story-${unique}`,
    dek: 'A standfirst for a test story.',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: `Body of test story ${unique}.` }] }],
    commentStatus: 'open',
    ...overrides,
  };
};
