import type { Page } from 'playwright-core';
import { adminLogin, articleEditor, buildArticle } from '@derna/testkit';
import { COMMENTS_PAGE_SIZE } from '@derna/contracts';
import { EDITOR, MODERATOR } from '../support/admin-ui';
import { DESKTOP } from '../support/browser';
import { AWAITING_MODERATION, commentBy } from '../support/comments';
import { eventually } from '../support/eventually';
import { browserJourneys } from '../support/journey';
import { stack } from '../support/stack';

const { journey } = browserJourneys();

/** More threads than one page holds. */
const THREADS = COMMENTS_PAGE_SIZE + 3;
const cmsOrigin = () => new URL(stack.cmsUrl()).origin;

const postThread = (documentId: string, number: number) =>
  fetch(stack.webUrl('/api/comments'), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ article: documentId, authorName: `Reader ${number}`, authorEmail: `reader-${number}@example.com`, body: `Thread ${number} of many.` }),
  });

/** A new story with THREADS approved comments, posted one after another through the site. */
const storyWithManyComments = async () => {
  const editor = articleEditor(await adminLogin(cmsOrigin(), EDITOR.email, EDITOR.password));
  const article = buildArticle();
  const draft = await editor.createDraft(article);
  const documentId = draft.body.data.documentId as string;
  expect((await editor.publish(documentId)).status).toBe(200);
  const ids: string[] = [];
  for (let number = 1; number <= THREADS; number += 1) {
    const response = await postThread(documentId, number);
    expect(response.status).toBe(201);
    ids.push(((await response.json()) as { comment: { id: string } }).comment.id);
  }
  const moderator = await adminLogin(cmsOrigin(), MODERATOR.email, MODERATOR.password);
  expect((await moderator.request('POST', '/moderation/comments/status', { documentIds: ids, status: 'approved' })).status).toBe(200);
  return { slug: article.slug, documentId, ids, moderator };
};

const threads = (page: Page) => page.getByRole('article', { name: /^Comment by Reader \d+$/ });
const threadNames = (page: Page) => threads(page).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));
const readers = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => `Comment by Reader ${from + index}`);

journey('comment-pages', 'a reader loads the older threads of a busy story, each once, in order', DESKTOP, async ({ page, shot }) => {
  const { slug, documentId, moderator } = await storyWithManyComments();
  // networkidle: the comments' script has loaded and taken over the link.
  await page.goto(stack.webUrl(`/news/${slug}`), { waitUntil: 'networkidle' });
  await page.getByRole('heading', { level: 2, name: `${THREADS} Comments` }).waitFor();
  expect(await threads(page).count()).toBe(COMMENTS_PAGE_SIZE);
  await commentBy(page, `Reader ${COMMENTS_PAGE_SIZE + 1}`).waitFor({ state: 'detached' });

  const loadMore = page.getByRole('link', { name: 'Load more comments' });
  await loadMore.scrollIntoViewIfNeeded();
  await shot('first-page');
  await loadMore.click();
  await commentBy(page, `Reader ${THREADS}`).waitFor();
  await loadMore.waitFor({ state: 'detached' });
  // In place: the reader never left the story.
  expect(new URL(page.url()).pathname).toBe(`/news/${slug}`);
  await shot('all-threads');
  expect(await threadNames(page)).toEqual(readers(1, THREADS));

  // A comment approved while the reader is away: coming back to the tab refreshes the comments
  // (no reload), once the page has been open a few seconds.
  const later = await postThread(documentId, THREADS + 1);
  const laterId = ((await later.json()) as { comment: { id: string } }).comment.id;
  expect((await moderator.request('POST', '/moderation/comments/status', { documentIds: [laterId], status: 'approved' })).status).toBe(200);
  await eventually(
    async () => {
      await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
      await page.getByRole('heading', { level: 2, name: `${THREADS + 1} Comments` }).waitFor({ timeout: 1000 });
    },
    15_000,
    1000,
  );
  expect(new URL(page.url()).pathname).toBe(`/news/${slug}`);
});

journey(
  'comment-pages-without-javascript',
  'without JavaScript, a reader pages to the older threads and replies to one there',
  { ...DESKTOP, javaScriptEnabled: false },
  async ({ page, shot }) => {
    const { slug, documentId, ids, moderator } = await storyWithManyComments();
    // The approvals reach the cached page a moment later; without JavaScript, a reload shows them.
    await eventually(async () => {
      await page.goto(stack.webUrl(`/news/${slug}`));
      expect(await threadNames(page)).toEqual(readers(1, COMMENTS_PAGE_SIZE));
    }, 15_000, 500);

    // "Load more comments" is a link: the next page of threads, under the same story.
    await page.getByRole('link', { name: 'Load more comments' }).click();
    await page.waitForURL(`**/news/${slug}/comments/2**`);
    await page.getByRole('heading', { level: 2, name: `${THREADS} Comments` }).waitFor();
    expect(await threadNames(page)).toEqual(readers(COMMENTS_PAGE_SIZE + 1, THREADS));
    expect(await page.getByRole('link', { name: 'Load more comments' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Earlier comments' }).waitFor();
    await shot('second-page');

    // A reply to a thread on that page goes under that thread, not to the story.
    const parent = `Reader ${COMMENTS_PAGE_SIZE + 2}`;
    await page.getByRole('link', { name: `Reply to ${parent}` }).click();
    const form = page.getByRole('form', { name: `Reply to ${parent}` });
    await form.getByRole('textbox', { name: 'Comment', exact: true }).fill('A reply from page two.');
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('Late Reader');
    await form.getByRole('textbox', { name: 'Email', exact: true }).fill('late-reader@example.com');
    await shot('replying');
    await form.getByRole('button', { name: 'Post Comment' }).click();
    await page.getByRole('status').filter({ hasText: 'A reply from page two.' }).getByText(AWAITING_MODERATION).waitFor();

    const queue = await moderator.request<{ results: Array<{ body: string; parent: string | null }> }>(
      'GET', `/moderation/comments?status=pending&article=${documentId}&pageSize=100`,
    );
    expect(queue.body.results.find(({ body }) => body === 'A reply from page two.')?.parent).toBe(ids[COMMENTS_PAGE_SIZE + 1]);
  },
);
