import { adminMenuLink, logIntoAdmin, MODERATOR } from '../support/admin-ui';
import { DESKTOP, PHONE } from '../support/browser';
import { AWAITING_MODERATION, buildComment, commentBy, postComment } from '../support/comments';
import { eventually } from '../support/eventually';
import { browserJourneys } from '../support/journey';
import { stack } from '../support/stack';
import { DERNA_PATH, waitForStoryHydration } from '../support/story';

const { journey } = browserJourneys();

journey('moderator', 'a moderator approves a comment in the admin, and only that', DESKTOP, async ({ page, open, shot }) => {
  const reader = await open(PHONE);
  const comment = buildComment();
  await reader.goto(stack.webUrl(DERNA_PATH));
  await waitForStoryHydration(reader);
  await postComment(reader, comment);
  await commentBy(reader, comment.name).getByText(AWAITING_MODERATION).waitFor();

  await logIntoAdmin(page, MODERATOR);
  await shot('admin-home');
  await adminMenuLink(page, 'Moderation').click();
  await page.getByRole('heading', { level: 1, name: 'Moderation' }).waitFor();
  // The queue shows who wrote it, with the email the public never sees.
  await page.getByRole('link', { name: comment.email }).waitFor();
  await page.getByText(comment.body).waitFor();
  await shot('moderation-queue');
  await page.getByRole('button', { name: `Approve comment by ${comment.name}` }).click();
  await page.getByText(comment.body).waitFor({ state: 'detached' });
  await shot('approved');

  // Published on the story within seconds, for every reader, and without the email.
  const anyone = await open(PHONE);
  await eventually(
    async () => {
      await anyone.goto(stack.webUrl(DERNA_PATH));
      await commentBy(anyone, comment.name).getByText(comment.body).waitFor({ timeout: 1000 });
    },
    15_000,
    500,
  );
  expect(await commentBy(anyone, comment.name).getByText(AWAITING_MODERATION).count()).toBe(0);
  expect(await anyone.content()).not.toContain(comment.email);
  await commentBy(anyone, comment.name).scrollIntoViewIfNeeded();
  await shot('published-on-story', anyone);

  // A moderator moderates, nothing more: comments only in the Content Manager, no article even by address.
  await adminMenuLink(page, 'Content Manager').click();
  await page.getByRole('navigation', { name: 'Content Manager' }).getByRole('link', { name: 'Comment', exact: true }).waitFor();
  expect(await page.getByRole('navigation', { name: 'Content Manager' }).getByRole('link', { name: 'Article' }).count()).toBe(0);
  await shot('content-manager-comments-only');
  await page.goto(stack.cmsUrl('/admin/content-manager/collection-types/api::article.article'));
  await page.getByText("You don't have the permissions to access that content").waitFor();
  expect(await page.getByRole('textbox', { name: 'Standfirst' }).count()).toBe(0);
  await shot('article-editor-refused');
});
