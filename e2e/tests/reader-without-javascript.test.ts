import { PHONE } from '../support/browser';
import { AWAITING_MODERATION, buildComment, postComment } from '../support/comments';
import { browserJourneys } from '../support/journey';
import { stack } from '../support/stack';
import { DERNA, DERNA_PATH, paragraph, showMoreButton, storyHeading } from '../support/story';

const { journey } = browserJourneys();

journey('reader-without-javascript', 'a reader without JavaScript reads the whole story and comments', { ...PHONE, javaScriptEnabled: false }, async ({ page, shot }) => {
  await page.goto(stack.webUrl('/'));
  await page.getByRole('link', { name: DERNA.title }).click();
  await page.waitForURL(`**${DERNA_PATH}`);
  await storyHeading(page).waitFor();

  // Every paragraph is there, and no button that could not work.
  for (let index = 0; index < DERNA.paragraphs.length; index += 1) expect(await paragraph(page, index).isVisible()).toBe(true);
  expect(await showMoreButton(page).count()).toBe(0);
  await paragraph(page, -1).scrollIntoViewIfNeeded();
  await shot('story-whole');

  // The form is a plain HTML form post to a server action; the page comes back with the notice.
  const comment = buildComment();
  await postComment(page, comment);
  await page.waitForURL(`**${DERNA_PATH}**`);
  await storyHeading(page).waitFor();
  const notice = page.getByRole('status').filter({ hasText: comment.body });
  await notice.getByText(AWAITING_MODERATION).waitFor();
  await notice.scrollIntoViewIfNeeded();
  await shot('comment-awaiting-moderation');
});
