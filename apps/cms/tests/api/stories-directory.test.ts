import { storyDirectoryResponseSchema } from '@derna/contracts';
import { useCms } from '../helpers/cms';
import { createEntry, createStory, paragraphs } from '../helpers/stories';

const cms = useCms();
const directory = async () => {
  const response = await cms.anonymous().get('/api/stories/directory');
  expect(response.status).toBe(200);
  return storyDirectoryResponseSchema.parse(response.body).data;
};
const slugs = (entries: Array<{ slug: string }>) => entries.map(({ slug }) => slug);

describe('GET /api/stories/directory', () => {
  it('lists the sections and authors with published stories, by name; drafts and empty ones never', async () => {
    const desk = await createEntry(cms, 'category', { name: 'Aardvark desk', slug: 'aardvark-desk' });
    const writer = await createEntry(cms, 'author', { name: 'Aaron Published', slug: 'aaron-published' });
    const hidden = await createEntry(cms, 'category', { name: 'Embargo desk', slug: 'embargo-desk' });
    const hiddenWriter = await createEntry(cms, 'author', { name: 'Dana Draft', slug: 'dana-draft', bio: 'secret bio' });
    await createEntry(cms, 'category', { name: 'Empty desk', slug: 'empty-desk' });
    await createStory(cms, { title: 'Directory story', body: paragraphs('Published.'), section: desk, author: writer });
    await createStory(cms, { title: 'Directory draft', body: paragraphs('Not yet.'), section: hidden, author: hiddenWriter, draft: true });

    const { sections, authors } = await directory();
    expect(slugs(sections)).toContain('aardvark-desk');
    expect(slugs(authors)).toContain('aaron-published');
    for (const slug of ['embargo-desk', 'empty-desk']) expect(slugs(sections)).not.toContain(slug);
    expect(slugs(authors)).not.toContain('dana-draft');
    const names = sections.map(({ name }) => name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(sections.find(({ slug }) => slug === 'aardvark-desk')).toEqual({ name: 'Aardvark desk', slug: 'aardvark-desk', updatedAt: expect.any(String) });
    expect(Date.now() - Date.parse(sections.find(({ slug }) => slug === 'aardvark-desk')?.updatedAt ?? '')).toBeLessThan(120_000);
  });

  it('drops a section once its only story is unpublished', async () => {
    const desk = await createEntry(cms, 'category', { name: 'Brief desk', slug: 'brief-desk' });
    const story = await createStory(cms, { title: 'Brief story', body: paragraphs('Soon gone.'), section: desk });
    expect(slugs((await directory()).sections)).toContain('brief-desk');
    expect((await (await cms.editor()).unpublish(story.documentId)).status).toBe(200);
    expect(slugs((await directory()).sections)).not.toContain('brief-desk');
  });
});
