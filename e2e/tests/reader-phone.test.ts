import type { Page } from 'playwright-core';
import { PHONE } from '../support/browser';
import { AWAITING_MODERATION, buildComment, commentBy, postComment } from '../support/comments';
import { eventually } from '../support/eventually';
import { browserJourneys } from '../support/journey';
import { stack } from '../support/stack';
import { DERNA, DERNA_PATH, LEAD_PARAGRAPHS, paragraph, showMoreButton, storyHeading, waitForStoryHydration } from '../support/story';

const { journey } = browserJourneys();

const scrollY = (page: Page) => page.evaluate(() => window.scrollY);
const topOf = async (page: Page, index: number) => (await paragraph(page, index).boundingBox())?.y;

journey('reader-phone', 'a reader on a phone reads the Derna story, expands it, goes back to top and comments', PHONE, async ({ page, open, shot }) => {
  await page.goto(stack.webUrl('/'));
  await shot('home');
  await page.getByRole('link', { name: DERNA.title }).click();
  await page.waitForURL(`**${DERNA_PATH}`);
  await storyHeading(page).waitFor();
  await waitForStoryHydration(page);

  // The lead is there to read; the rest waits behind "Show More".
  for (let index = 0; index < LEAD_PARAGRAPHS; index += 1) expect(await paragraph(page, index).isVisible()).toBe(true);
  expect(await paragraph(page, -1).isVisible()).toBe(false);
  const showMore = showMoreButton(page);
  await showMore.scrollIntoViewIfNeeded();
  expect(await showMore.getAttribute('aria-expanded')).toBe('false');
  await shot('story-collapsed');

  const before = { scrollY: await scrollY(page), lastLead: await topOf(page, LEAD_PARAGRAPHS - 1) };
  await showMore.click();
  await eventually(async () => expect(await showMore.getAttribute('aria-expanded')).toBe('true'));
  expect(await paragraph(page, LEAD_PARAGRAPHS).isVisible()).toBe(true);
  expect(await paragraph(page, -1).isVisible()).toBe(true);
  // The text grew below the reader: what they were reading stays where it was.
  expect(await scrollY(page)).toBe(before.scrollY);
  expect(await topOf(page, LEAD_PARAGRAPHS - 1)).toBeCloseTo(before.lastLead ?? NaN, 0);
  await shot('story-expanded');

  await page.mouse.wheel(0, 2500);
  const backToTop = page.getByRole('button', { name: 'Back to top' });
  await backToTop.waitFor();
  await shot('scrolled-down');
  await backToTop.click();
  await eventually(async () => expect(await scrollY(page)).toBe(0));
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('top');
  await backToTop.waitFor({ state: 'hidden' });
  await shot('back-at-top');

  const comment = buildComment();
  await postComment(page, comment);
  const preview = commentBy(page, comment.name);
  await preview.getByText(AWAITING_MODERATION).waitFor();
  await preview.getByText(comment.body).waitFor();
  await preview.scrollIntoViewIfNeeded();
  await shot('comment-awaiting-moderation');

  // Kept in this browser's storage: still there after a reload…
  await page.reload();
  await waitForStoryHydration(page);
  await preview.getByText(AWAITING_MODERATION).waitFor();
  await preview.getByText(comment.body).waitFor();
  await preview.scrollIntoViewIfNeeded();
  await shot('comment-after-reload');

  // …and nowhere else.
  const otherReader = await open();
  await otherReader.goto(stack.webUrl(DERNA_PATH));
  await waitForStoryHydration(otherReader);
  await otherReader.getByRole('form', { name: 'Leave a Reply' }).scrollIntoViewIfNeeded();
  expect(await commentBy(otherReader, comment.name).count()).toBe(0);
  expect(await otherReader.getByText(comment.body).count()).toBe(0);
  await shot('other-reader-sees-nothing', otherReader);
});
