import type { CmsUnderTest } from './cms';
import { buildArticle } from './cms';

type Ref = { documentId: string };
export type StoryFixture = { documentId: string; slug: string; title: string };

/** A section or author made through the admin, as an editor would. */
export const createEntry = async (cms: CmsUnderTest, type: 'category' | 'author', data: Record<string, unknown>): Promise<Ref> => {
  const session = await cms.loginAs('ADMIN');
  const response = await session.request<{ data: Ref }>('POST', `/content-manager/collection-types/api::${type}.${type}`, data);
  if (response.status !== 201) throw new Error(`Could not create the ${type}: HTTP ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data;
};

/** Paragraphs as Strapi's blocks. */
export const paragraphs = (...texts: string[]) => texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

/** A story created and (unless `draft`) published as the editor, in a section and by an author. */
export const createStory = async (
  cms: CmsUnderTest,
  { section, author, draft = false, ...overrides }: Record<string, unknown> & { section?: Ref; author?: Ref; draft?: boolean },
): Promise<StoryFixture> => {
  const editor = await cms.editor();
  const fixture = buildArticle({
    ...overrides,
    ...(section ? { category: { connect: [{ documentId: section.documentId }] } } : {}),
    ...(author ? { author: { connect: [{ documentId: author.documentId }] } } : {}),
  });
  const created = await editor.createDraft(fixture);
  if (created.status !== 201) throw new Error(`Could not create the story: HTTP ${created.status} ${JSON.stringify(created.body)}`);
  const { documentId } = created.body.data;
  if (!draft) {
    const published = await editor.publish(documentId);
    if (published.status !== 200) throw new Error(`Could not publish the story: HTTP ${published.status}`);
  }
  return { documentId, slug: fixture.slug as string, title: fixture.title as string };
};
