import { storyListResponseSchema, searchResponseSchema } from '@derna/contracts';
import { useCms } from '../helpers/cms';
import { createEntry, createStory, paragraphs, type StoryFixture } from '../helpers/stories';
import { buildComment, moderate, submitComment } from '../helpers/comments';

const DERNA_SLUG = 'libya-haftars-army-in-control-of-derna';
const cms = useCms();

/** Fields no public list may carry (admin, body, database internals). */
const PRIVATE = /"(id|createdBy|updatedBy|createdAt|publishedAt|locale|body|seo|search_vector|password|email)"/;

let section: { documentId: string };
let author: { documentId: string };
let stories: StoryFixture[];
let draft: StoryFixture;

beforeAll(async () => {
  section = await createEntry(cms, 'category', { name: 'Fixture desk', slug: 'fixture-desk' });
  author = await createEntry(cms, 'author', { name: 'Fixture Writer', slug: 'fixture-writer', bio: 'Writes the fixtures.' });
  stories = [];
  for (const [index, text] of ['zephyrine harbour cranes', 'zephyrine dam collapse', 'a quiet market day'].entries()) {
    stories.push(await createStory(cms, { title: `Fixture story ${index}`, body: paragraphs(`Reporting on the ${text} this week.`), section, author }));
  }
  // The title outranks the body: this story names the word in its headline.
  stories.push(await createStory(cms, { title: 'Zephyrine floods reach the port', body: paragraphs('Water everywhere.'), section }));
  draft = await createStory(cms, { title: 'Zephyrine embargoed draft', body: paragraphs('zephyrine secret'), section, author, draft: true });
}, 120_000);

const list = async (query: Record<string, unknown>) => {
  const response = await cms.anonymous().get('/api/stories').query(query);
  return { response, body: response.body };
};

describe('GET /api/stories', () => {
  it('lists published stories newest first, with counts and public fields only', async () => {
    const { response, body } = await list({});
    expect(response.status).toBe(200);
    const parsed = storyListResponseSchema.parse(body);
    const slugs = parsed.data.map(({ slug }) => slug);
    expect(slugs[0]).toBe(stories[3]?.slug);
    expect(slugs).toContain(DERNA_SLUG);
    expect(slugs).not.toContain(draft.slug);
    expect(parsed.data.every(({ commentCount }) => Number.isInteger(commentCount))).toBe(true);
    expect(JSON.stringify(body.data)).not.toMatch(PRIVATE);
  });

  it('paginates without overlap', async () => {
    const first = storyListResponseSchema.parse((await list({ pageSize: 2, page: 1 })).body);
    const second = storyListResponseSchema.parse((await list({ pageSize: 2, page: 2 })).body);
    expect(first.meta.pagination).toMatchObject({ page: 1, pageSize: 2, total: 5, pageCount: 3 });
    expect(first.data.map(({ slug }) => slug)).toEqual([stories[3]?.slug, stories[2]?.slug]);
    expect(second.data.map(({ slug }) => slug)).toEqual([stories[1]?.slug, stories[0]?.slug]);
  });

  it('lists one section or one author, and names it', async () => {
    const bySection = storyListResponseSchema.parse((await list({ section: 'fixture-desk' })).body);
    expect(bySection.meta.section).toEqual({ name: 'Fixture desk', slug: 'fixture-desk' });
    expect(bySection.data.map(({ slug }) => slug)).toEqual([...stories].reverse().map(({ slug }) => slug));
    const byAuthor = storyListResponseSchema.parse((await list({ author: 'fixture-writer' })).body);
    expect(byAuthor.meta.author).toEqual({ name: 'Fixture Writer', slug: 'fixture-writer', bio: 'Writes the fixtures.' });
    expect(byAuthor.data).toHaveLength(3);
  });

  it('leaves out the story itself for related stories', async () => {
    const { body } = await list({ section: 'fixture-desk', exclude: stories[3]?.slug, pageSize: 4 });
    expect(body.data.map(({ slug }: { slug: string }) => slug)).not.toContain(stories[3]?.slug);
    expect(body.data).toHaveLength(3);
  });

  it('answers an unknown section or author with 404', async () => {
    expect((await list({ section: 'no-such-section' })).response.status).toBe(404);
    expect((await list({ author: 'no-such-author' })).response.status).toBe(404);
  });

  it('refuses unknown or malformed parameters', async () => {
    expect((await list({ status: 'draft' })).response.status).toBe(400);
    expect((await list({ page: 0 })).response.status).toBe(400);
    expect((await list({ pageSize: 1000 })).response.status).toBe(400);
    expect((await list({ section: '../admin' })).response.status).toBe(400);
  });

  it("carries each story's approved-comment count, not pending ones", async () => {
    const target = stories[1] as StoryFixture;
    const ids: string[] = [];
    for (let index = 0; index < 3; index += 1) {
      const response = await submitComment(cms, buildComment(target.documentId));
      expect(response.status).toBe(201);
      ids.push(response.body.data.id);
    }
    expect((await moderate(cms, ids.slice(0, 2), 'approved')).status).toBe(200);
    const { body } = await list({ section: 'fixture-desk' });
    const counts = Object.fromEntries(body.data.map(({ slug, commentCount }: { slug: string; commentCount: number }) => [slug, commentCount]));
    expect(counts[target.slug]).toBe(2);
    expect(counts[stories[0]?.slug as string]).toBe(0);
  });

  it('lists featured stories once an editor marks one, and answers the front page with its lead', async () => {
    expect((await list({ featured: 'true' })).body.data).toEqual([]);
    expect(storyListResponseSchema.parse((await list({ lead: 'true' })).body).meta.lead).toBeNull();
    expect((await list({})).body.meta).not.toHaveProperty('lead');
    const editor = await cms.editor();
    expect((await editor.update(stories[0]?.documentId as string, { featured: true })).status).toBe(200);
    expect((await editor.publish(stories[0]?.documentId as string)).status).toBe(200);
    const { body } = await list({ featured: 'true' });
    expect(body.data.map(({ slug }: { slug: string }) => slug)).toEqual([stories[0]?.slug]);
    expect(body.data[0].featured).toBe(true);
    const front = storyListResponseSchema.parse((await list({ lead: 'true', pageSize: 2 })).body);
    expect(front.meta.lead?.slug).toBe(stories[0]?.slug);
    expect(front.data.map(({ slug }) => slug)).toEqual([stories[3]?.slug, stories[2]?.slug]);
  });
});

describe('GET /api/stories/search', () => {
  const search = async (query: Record<string, unknown>) => cms.anonymous().get('/api/stories/search').query(query);

  it('finds published stories only, ranked, with the passage highlighted', async () => {
    const response = await search({ q: 'zephyrine' });
    expect(response.status).toBe(200);
    const { data, meta } = searchResponseSchema.parse(response.body);
    const slugs = data.map(({ slug }) => slug);
    expect(slugs).not.toContain(draft.slug);
    expect(meta.pagination.total).toBe(3);
    expect(slugs[0]).toBe(stories[3]?.slug);
    expect(slugs.slice(1).sort()).toEqual([stories[0]?.slug, stories[1]?.slug].sort());
    const hit = data.find(({ slug }) => slug === stories[1]?.slug);
    expect(hit?.passage.filter(({ match }) => match).map(({ text }) => text.toLowerCase())).toContain('zephyrine');
    expect(hit?.passage.map(({ text }) => text).join('')).toContain('dam collapse');
    expect(JSON.stringify(response.body.data)).not.toMatch(PRIVATE);
    expect(JSON.stringify(response.body)).not.toContain('secret');
  });

  it('stems words and needs every word', async () => {
    expect(searchResponseSchema.parse((await search({ q: 'cranes harbour' })).body).data.map(({ slug }) => slug)).toEqual([stories[0]?.slug]);
    expect(searchResponseSchema.parse((await search({ q: 'crane' })).body).data.map(({ slug }) => slug)).toEqual([stories[0]?.slug]);
  });

  it('paginates', async () => {
    const first = searchResponseSchema.parse((await search({ q: 'zephyrine', pageSize: 2 })).body);
    const second = searchResponseSchema.parse((await search({ q: 'zephyrine', pageSize: 2, page: 2 })).body);
    expect(first.meta.pagination).toMatchObject({ total: 3, pageCount: 2 });
    expect(first.data).toHaveLength(2);
    expect(second.data).toHaveLength(1);
    expect(new Set([...first.data, ...second.data].map(({ slug }) => slug)).size).toBe(3);
  });

  it('answers nothing for words no story has, or only punctuation, without an error', async () => {
    for (const q of ['qwxzyv', '"', '!!! ---', 'AND OR NOT', "') OR 1=1 --", 'title:zephyrine*']) {
      const response = await search({ q });
      expect(response.status).toBe(200);
      expect(Array.isArray(response.body.data)).toBe(true);
    }
  });

  it('refuses an empty, overlong or unknown query', async () => {
    expect((await search({ q: '  ' })).status).toBe(400);
    expect((await search({ q: 'x'.repeat(201) })).status).toBe(400);
    expect((await search({ q: 'zephyrine', status: 'draft' })).status).toBe(400);
  });

  it('finds a story again after it is edited, and never after it is unpublished', async () => {
    const editor = await cms.editor();
    const target = stories[2] as StoryFixture;
    expect((await editor.update(target.documentId, { body: paragraphs('Now about quokkaville elections.') })).status).toBe(200);
    expect((await search({ q: 'quokkaville' })).body.data).toEqual([]);
    expect((await editor.publish(target.documentId)).status).toBe(200);
    expect((await search({ q: 'quokkaville' })).body.data.map(({ slug }: { slug: string }) => slug)).toEqual([target.slug]);
    expect((await editor.unpublish(target.documentId)).status).toBe(200);
    expect((await search({ q: 'quokkaville' })).body.data).toEqual([]);
  });
});
