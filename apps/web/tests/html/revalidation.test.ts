import { fetchPage, visibleText, waitFor } from './html';
import { publishArticle, stack } from './stack';

const DERNA_SLUG = 'libya-haftars-army-in-control-of-derna';

const revalidate = (body: unknown, secret: string | null) =>
  fetch(`${stack.webUrl()}/api/revalidate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(secret === null ? {} : { 'x-revalidate-secret': secret }) },
    body: JSON.stringify(body),
  });

describe('POST /api/revalidate', () => {
  it('refuses a missing or wrong secret', async () => {
    expect((await revalidate({ tags: ['articles'] }, null)).status).toBe(401);
    expect((await revalidate({ tags: ['articles'] }, 'not-the-secret-at-all')).status).toBe(401);
  });

  it('refuses tags of unknown shapes', async () => {
    const secret = stack.secret('REVALIDATE_SECRET');
    expect((await revalidate({ tags: ['_N_T_/layout'] }, secret)).status).toBe(400);
    expect((await revalidate({ tags: [] }, secret)).status).toBe(400);
    expect((await revalidate('articles', secret)).status).toBe(400);
  });

  it('refuses story pages to refresh at the edge that are not slugs, saying which', async () => {
    const secret = stack.secret('REVALIDATE_SECRET');
    const refused = await revalidate({ tags: ['articles'], stories: ['../admin'] }, secret);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(await refused.json())).toContain('stories.0');
    // With no edge in front (EDGE_URL unset), naming a story is accepted and nothing more happens.
    expect((await revalidate({ tags: [`article:${DERNA_SLUG}`], immediate: true, stories: [DERNA_SLUG] }, secret)).status).toBe(200);
  });

  it('revalidates known tags', async () => {
    const response = await revalidate({ tags: ['articles', `article:${DERNA_SLUG}`] }, stack.secret('REVALIDATE_SECRET'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ revalidated: true, tags: ['articles', `article:${DERNA_SLUG}`] });
  });
});

describe('an editor publishing a change', () => {
  it('reaches the cached page through revalidation within seconds', async () => {
    const page = `${stack.webUrl()}/news/${DERNA_SLUG}`;
    const dek = `Updated standfirst ${Date.now()}`;
    expect(visibleText((await fetchPage(page)).html)).not.toContain(dek);

    const editor = await stack.editor();
    const documents = await fetch(`${stack.cmsUrl()}/api/articles?filters[slug][$eq]=${DERNA_SLUG}&fields[0]=slug`);
    const { data } = (await documents.json()) as { data: Array<{ documentId: string }> };
    const documentId = data[0]?.documentId ?? '';
    expect((await editor.update(documentId, { dek })).status).toBe(200);
    // Saving a draft changes nothing readers see.
    expect(visibleText((await fetchPage(page)).html)).not.toContain(dek);

    const published = Date.now();
    expect((await editor.publish(documentId)).status).toBe(200);
    const publishMs = Date.now() - published;
    const visibleMs = await waitFor(async () => visibleText((await fetchPage(page)).html).includes(dek), 15_000, 100);
    console.log(`publish → visible: ${visibleMs + publishMs} ms (publish call ${publishMs} ms, then ${visibleMs} ms)`);
    expect(visibleMs).toBeLessThan(10_000);
  });
});

describe('an editor taking a story down', () => {
  it.each(['unpublish', 'remove'] as const)('after %s, readers get 404 at once, not the cached page', async (action) => {
    const { documentId, slug } = await publishArticle({ title: `Story to ${action}` });
    const page = `${stack.webUrl()}/news/${slug}`;
    expect((await fetchPage(page)).response.status).toBe(200);
    expect((await fetchPage(page)).response.headers.get('x-nextjs-cache')).toBe('HIT');

    const editor = await stack.editor();
    expect((await editor[action](documentId)).status).toBe(200);
    // Give the CMS's call a moment to land; then not even one stale copy may be served.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const first = await fetchPage(page);
    expect(first.response.status).toBe(404);
    expect(first.html).not.toContain(`Story to ${action}`);
  });
});
