import http from 'node:http';
import { fetchPage, visibleText, waitFor } from './html';
import { publishArticle, stack } from './stack';
import { runDocumentScript } from './document-script';

/**
 * Moderators work in two places, the Moderation page and Strapi's own Content Manager, and a
 * maintenance script may change comments too. Whatever the path, the story page follows: a new
 * approval within seconds, and a comment taken off the page is never served again, not even once.
 */
const COMMENTS = '/content-manager/collection-types/api::comment.comment';
const unique = () => Math.random().toString(36).slice(2, 10);

const pageText = async (slug: string) => visibleText((await fetchPage(`${stack.webUrl()}/news/${slug}`)).html);

const postComment = async (article: string) => {
  const body = `A reader's view, number ${unique()}.`;
  const response = await fetch(`${stack.webUrl()}/api/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ article, authorName: 'Samira', authorEmail: `samira-${unique()}@example.com`, body }),
  });
  expect(response.status).toBe(201);
  return { id: (await response.json()).comment.id as string, body };
};

/**
 * A reader reports a comment through the site, as the Report button does, from an address of its
 * own: the site listens on 127.0.0.1 and every 127.x.y.z address reaches it, so each reader is a
 * distinct client socket (no header a reader could forge).
 */
const reportFrom = (reader: number, comment: string) =>
  new Promise<number>((resolve, reject) => {
    const body = JSON.stringify({ comment, reason: `Report number ${reader}` });
    const request = http.request(
      `${stack.webUrl()}/api/reports`,
      { method: 'POST', localAddress: `127.0.0.${10 + reader}`, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', reject);
    request.end(body);
  });

/** One story for the whole file: other suites count on the feed's newest stories. */
let story: Promise<{ documentId: string; slug: string }> | undefined;

/** Approved comments on the story, each shown on its (cached) page. */
const storyWithComments = async (count: number) => {
  const { documentId: article, slug } = await (story ??= publishArticle());
  const comments = await Promise.all(Array.from({ length: count }, () => postComment(article)));
  expect((await stack.moderate(comments.map(({ id }) => id), 'approved')).status).toBe(200);
  const ms = await waitFor(async () => {
    const text = await pageText(slug);
    return comments.every(({ body }) => text.includes(body));
  });
  process.stdout.write(`Moderation page: approve → visible on the story page in ${ms} ms\n`);
  return { article, slug, comments, count: shownCount(await pageText(slug)) };
};

const shownCount = (text: string) => Number(text.match(/(\d+) Comments?\b/)?.[1] ?? 0);

/** After the change, the very first page served must not show what left it, nor count it. */
const expectGoneAtOnce = async (slug: string, bodies: string[], countBefore: number) => {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const text = await pageText(slug);
  for (const body of bodies) expect(text).not.toContain(body);
  expect(shownCount(text)).toBe(countBefore - bodies.length);
};

describe('every moderation path reaches the story page', () => {
  it('Content Manager: status set to trash on one comment', async () => {
    const { slug, comments, count } = await storyWithComments(2);
    const [gone] = comments;
    expect((await stack.admin().request('PUT', `${COMMENTS}/${gone?.id}`, { moderationStatus: 'trash' })).status).toBe(200);
    await expectGoneAtOnce(slug, [gone?.body ?? ''], count);
  });

  it('Content Manager: the text of an approved comment edited', async () => {
    const { slug, comments } = await storyWithComments(1);
    const edited = `Edited by the desk ${unique()}.`;
    expect((await stack.admin().request('PUT', `${COMMENTS}/${comments[0]?.id}`, { body: edited })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const text = await pageText(slug);
    expect(text).toContain(edited);
    expect(text).not.toContain(comments[0]?.body);
  });

  it('Content Manager: Delete on one comment', async () => {
    const { slug, comments, count } = await storyWithComments(2);
    expect((await stack.admin().request('DELETE', `${COMMENTS}/${comments[1]?.id}`)).status).toBe(200);
    await expectGoneAtOnce(slug, [comments[1]?.body ?? ''], count);
  });

  it('Content Manager: bulk delete of two comments, answered at once', async () => {
    const { slug, comments, count } = await storyWithComments(3);
    const started = Date.now();
    const response = await stack.admin().request('POST', `${COMMENTS}/actions/bulkDelete`, { documentIds: comments.slice(0, 2).map(({ id }) => id) });
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeLessThan(30_000);
    await expectGoneAtOnce(slug, comments.slice(0, 2).map(({ body }) => body), count);
  });

  it('Moderation page: bulk spam', async () => {
    const { slug, comments, count } = await storyWithComments(3);
    expect((await stack.moderate(comments.slice(1).map(({ id }) => id), 'spam')).status).toBe(200);
    await expectGoneAtOnce(slug, comments.slice(1).map(({ body }) => body), count);
  });

  it('a script using the document service', async () => {
    const { slug, comments, count } = await storyWithComments(2);
    await runDocumentScript(
      `await app.documents('api::comment.comment').update({ documentId: ${JSON.stringify(comments[0]?.id)}, data: { moderationStatus: 'trash' } });`,
    );
    await expectGoneAtOnce(slug, [comments[0]?.body ?? ''], count);
  }, 120_000);

  it('reports from enough distinct readers: the comment leaves the page within 2 s', async () => {
    const threshold = Number(stack.cmsEnv().COMMENT_REPORT_THRESHOLD);
    expect(threshold).toBeGreaterThan(1);
    const { slug, comments, count } = await storyWithComments(2);
    const reported = comments[0]!;
    for (let reader = 1; reader < threshold; reader += 1) expect(await reportFrom(reader, reported.id)).toBe(201);
    // The same reader again does not count twice; one report short of the threshold, it stays.
    expect(await reportFrom(1, reported.id)).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await pageText(slug)).toContain(reported.body);

    expect(await reportFrom(threshold, reported.id)).toBe(201);
    await expectGoneAtOnce(slug, [reported.body], count);
  });
});

