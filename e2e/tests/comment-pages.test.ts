import { adminLogin, articleEditor, buildArticle } from '@derna/testkit';
import { COMMENTS_PAGE_SIZE } from '@derna/contracts/limits';
import { EDITOR, MODERATOR } from '../support/admin-ui';
import { DESKTOP } from '../support/browser';
import { commentBy } from '../support/comments';
import { browserJourneys } from '../support/journey';
import { stack } from '../support/stack';

const { journey } = browserJourneys();

/** More threads than one page holds. */
const THREADS = COMMENTS_PAGE_SIZE + 3;
const cmsOrigin = () => new URL(stack.cmsUrl()).origin;

/** A new story with THREADS approved comments, posted one after another through the site. */
const storyWithManyComments = async () => {
  const editor = articleEditor(await adminLogin(cmsOrigin(), EDITOR.email, EDITOR.password));
  const article = buildArticle();
  const draft = await editor.createDraft(article);
  const documentId = draft.body.data.documentId as string;
  expect((await editor.publish(documentId)).status).toBe(200);
  const ids: string[] = [];
  for (let number = 1; number <= THREADS; number += 1) {
    const response = await fetch(stack.webUrl('/api/comments'), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ article: documentId, authorName: `Reader ${number}`, authorEmail: `reader-${number}@example.com`, body: `Thread ${number} of many.` }),
    });
    expect(response.status).toBe(201);
    ids.push(((await response.json()) as { comment: { id: string } }).comment.id);
  }
  const moderator = await adminLogin(cmsOrigin(), MODERATOR.email, MODERATOR.password);
  expect((await moderator.request('POST', '/moderation/comments/status', { documentIds: ids, status: 'approved' })).status).toBe(200);
  return article.slug;
};

journey('comment-pages', 'a reader loads the older threads of a busy story, each once, in order', DESKTOP, async ({ page, shot }) => {
  const slug = await storyWithManyComments();
  // networkidle: the comments' script has loaded and taken over the button.
  await page.goto(stack.webUrl(`/news/${slug}`), { waitUntil: 'networkidle' });
  const threads = page.getByRole('article', { name: /^Comment by Reader \d+$/ });
  await page.getByRole('heading', { level: 2, name: `${THREADS} Comments` }).waitFor();
  expect(await threads.count()).toBe(COMMENTS_PAGE_SIZE);
  await commentBy(page, `Reader ${COMMENTS_PAGE_SIZE + 1}`).waitFor({ state: 'detached' });

  const loadMore = page.getByRole('button', { name: 'Load more comments' });
  await loadMore.scrollIntoViewIfNeeded();
  await shot('first-page');
  await loadMore.click();
  await commentBy(page, `Reader ${THREADS}`).waitFor();
  await loadMore.waitFor({ state: 'detached' });
  await shot('all-threads');

  const names = await threads.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')));
  expect(names).toEqual(Array.from({ length: THREADS }, (_, index) => `Comment by Reader ${index + 1}`));
});
