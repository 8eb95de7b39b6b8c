import { buildArticle, storyListings, waitForListings } from '@derna/testkit';
import { createEntry, paragraphs, publishStory } from './browse-fixtures';
import { stack } from './stack';

const unique = Date.now().toString(36);
const WORD = `tidewrack${unique}`;

/**
 * Issue 18: publishing, editing, unpublishing or deleting a story reaches every page that lists
 * it: the front page, its section and author pages (and their feeds), the related stories of
 * another story of its section, the site feed, the sitemap and search. The bench times it
 * (goal 18, ≤ 2 s); here each change must simply arrive, through the one invalidation mechanism.
 */
describe('a story change reaches every list that shows it', () => {
  it('on publish, a new title, unpublish, and delete', async () => {
    const section = await createEntry('category', { name: `Tide ${unique}`, slug: `tide-${unique}` });
    const author = await createEntry('author', { name: `Omar Tide ${unique}`, slug: `omar-${unique}` });
    const host = await publishStory({ title: `Tide host ${unique}`, publishedDate: '2012-01-01T08:00:00.000Z' }, section, author);
    const listings = storyListings({ section: `tide-${unique}`, author: `omar-${unique}`, relatedTo: host.slug, searchWord: WORD });
    const site = stack.webUrl();
    const editor = await stack.editor();

    const draft = buildArticle({
      title: `Tide story ${WORD} first`,
      body: paragraphs(`The ${WORD} came in at dawn.`),
      category: { connect: [{ documentId: section.documentId }] },
      author: { connect: [{ documentId: author.documentId }] },
    });
    const created = await editor.createDraft(draft);
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    const first = { slug: draft.slug, title: draft.title };
    const renamed = { slug: draft.slug, title: `Tide story ${WORD} renamed` };
    const titled = listings.filter(({ by }) => by === 'title');

    expect((await editor.publish(id)).status).toBe(200);
    await waitForListings(site, listings, first, true);

    expect((await editor.update(id, { title: renamed.title })).status).toBe(200);
    expect((await editor.publish(id)).status).toBe(200);
    await waitForListings(site, listings, renamed, true);
    await waitForListings(site, titled, first, false);

    expect((await editor.unpublish(id)).status).toBe(200);
    await waitForListings(site, listings, renamed, false);

    expect((await editor.publish(id)).status).toBe(200);
    await waitForListings(site, listings, renamed, true);
    expect((await editor.remove(id)).status).toBe(200);
    await waitForListings(site, listings, renamed, false);
  }, 120_000);
});
