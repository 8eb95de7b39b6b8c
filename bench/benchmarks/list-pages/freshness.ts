import { articleEditor, buildArticle, storyListings, waitForListings } from '@derna/testkit';
import { valueRow, type Outcome } from '../../support/report';
import { STORY_SLUG, type SiteStack } from '../../support/stack';
import { median, percentile, round } from '../../support/stats';

/** Each cycle times four changes; search (30 a minute per reader on the site) is read once per change. */
const CYCLES = 4;
/** A change not shown within this long counts as this long (and fails the goal). */
const NEVER_MS = 10_000;

type Change = 'publish' | 'new title' | 'unpublish' | 'delete';

const expectOk = (status: number, what: string) => {
  if (status !== 200 && status !== 201) throw new Error(`${what} answered HTTP ${status}`);
};

/** A section's or an author's document id, as the Content Manager lists it. */
const documentIdOf = async (site: SiteStack, type: 'category' | 'author', slug: string) => {
  const { status, body } = await site.admin.request<{ results: Array<{ documentId: string }> }>(
    'GET', `/content-manager/collection-types/api::${type}.${type}?filters[slug][$eq]=${encodeURIComponent(slug)}`,
  );
  const id = body.results?.[0]?.documentId;
  if (!id) throw new Error(`The Content Manager has no ${type} ${slug} (HTTP ${status})`);
  return id;
};

/**
 * Issue 18: publishing, editing, unpublishing or deleting a story reaches the front page, its
 * section and author pages and feeds, the related stories of another story of its section, the
 * site feed, the sitemap and search within 2 s. Each sample runs from the Content Manager's
 * request to the moment every one of those pages (polled every 25 ms) shows the change.
 */
export const listFreshness = async (site: SiteStack): Promise<Outcome> => {
  const directory = (await (await fetch(`${site.cms.url}/api/stories/directory`)).json()) as {
    data: { sections: Array<{ slug: string }>; authors: Array<{ slug: string }> };
  };
  const section = directory.data.sections[0]?.slug;
  const author = directory.data.authors[0]?.slug;
  if (!section || !author) throw new Error('The CMS lists no section or author with stories');
  const [sectionId, authorId] = await Promise.all([documentIdOf(site, 'category', section), documentIdOf(site, 'author', author)]);

  const word = `benchtide${Date.now().toString(36)}`;
  const listings = storyListings({ section, author, relatedTo: STORY_SLUG, searchWord: word });
  const editor = articleEditor(site.admin);
  const samples: Record<Change, number[]> = { publish: [], 'new title': [], unpublish: [], delete: [] };
  const time = async (change: Change, act: () => Promise<number>, story: { slug: string; title: string }, shown: boolean) => {
    const since = performance.now();
    expectOk(await act(), change);
    samples[change].push(await waitForListings(site.web.url, listings, story, shown, { since, timeoutMs: NEVER_MS }).catch(() => NEVER_MS));
  };

  for (let cycle = 0; cycle < CYCLES; cycle += 1) {
    const draft = buildArticle({
      title: `Bench tide ${word} ${cycle}`,
      category: { connect: [{ documentId: sectionId }] },
      author: { connect: [{ documentId: authorId }] },
    });
    const created = await editor.createDraft(draft);
    expectOk(created.status, 'Creating a story');
    const id = created.body.data.documentId;
    const story = { slug: draft.slug, title: draft.title };
    const renamed = { slug: draft.slug, title: `${draft.title} renamed` };
    await time('publish', async () => (await editor.publish(id)).status, story, true);
    expectOk((await editor.update(id, { title: renamed.title })).status, 'Saving a new title');
    await time('new title', async () => (await editor.publish(id)).status, renamed, true);
    await time('unpublish', async () => (await editor.unpublish(id)).status, renamed, false);
    expectOk((await editor.publish(id)).status, 'Publishing again');
    await waitForListings(site.web.url, listings, renamed, true, { timeoutMs: NEVER_MS });
    await time('delete', async () => (await editor.remove(id)).status, renamed, false);
  }

  const every = Object.values(samples).flat();
  const perChange = (Object.entries(samples) as Array<[Change, number[]]>)
    .map(([change, ms]) => `${change} p50 ${round(median(ms), 0)}, max ${round(Math.max(...ms), 0)} ms`)
    .join('; ');
  return {
    rows: [
      valueRow({
        goal: '18', figure: 'Story change → every list that shows it, p95', unit: 'ms', measured: round(percentile(every, 95), 0), op: '<=', limit: 2000,
        notes: `${every.length} changes (${CYCLES} each of publish, new title, unpublish, delete), each until ${listings.length} pages show it (front, section, author, related on another story, 3 feeds, sitemap, search): ${perChange}; ${every.filter((ms) => ms >= NEVER_MS).length} never shown`,
      }),
    ],
  };
};
