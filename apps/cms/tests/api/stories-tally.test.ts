import { storyListResponseSchema } from '@derna/contracts';
import { useCms } from '../helpers/cms';
import { createEntry, createStory, paragraphs } from '../helpers/stories';

const cms = useCms();
const total = async (query: Record<string, string>) => {
  const response = await cms.anonymous().get('/api/stories').query(query);
  expect(response.status).toBe(200);
  return storyListResponseSchema.parse(response.body).meta.pagination.total;
};

describe("a section's and an author's story count (story_tallies)", () => {
  it('follows publish, unpublish, a move to another section, and deletion', async () => {
    const north = await createEntry(cms, 'category', { name: 'Tally north', slug: 'tally-north' });
    const south = await createEntry(cms, 'category', { name: 'Tally south', slug: 'tally-south' });
    const writer = await createEntry(cms, 'author', { name: 'Tally Writer', slug: 'tally-writer' });
    const first = await createStory(cms, { title: 'Tally one', body: paragraphs('One.'), section: north, author: writer });
    const second = await createStory(cms, { title: 'Tally two', body: paragraphs('Two.'), section: north, author: writer });
    await createStory(cms, { title: 'Tally draft', body: paragraphs('Draft.'), section: north, author: writer, draft: true });
    expect(await total({ section: 'tally-north' })).toBe(2);
    expect(await total({ author: 'tally-writer' })).toBe(2);

    const editor = await cms.editor();
    expect((await editor.unpublish(first.documentId)).status).toBe(200);
    expect(await total({ section: 'tally-north' })).toBe(1);
    expect(await total({ author: 'tally-writer' })).toBe(1);

    // Moved in the draft: nothing changes for readers until it is published.
    expect((await editor.update(second.documentId, { category: { set: [{ documentId: south.documentId }] } })).status).toBe(200);
    expect(await total({ section: 'tally-north' })).toBe(1);
    expect((await editor.publish(second.documentId)).status).toBe(200);
    expect(await total({ section: 'tally-north' })).toBe(0);
    expect(await total({ section: 'tally-south' })).toBe(1);

    expect((await editor.remove(second.documentId)).status).toBe(200);
    expect(await total({ section: 'tally-south' })).toBe(0);
    expect(await total({ author: 'tally-writer' })).toBe(0);
  });

  it('is rebuilt from the stories at boot, whatever was written behind Strapi\'s back', async () => {
    const before = await total({ section: 'tally-north' });
    await cms.server().stop();
    await cms.server().database.execute('UPDATE story_tallies SET published = 999');
    await cms.server().restart();
    expect(await total({ section: 'tally-north' })).toBe(before);
  }, 120_000);
});
