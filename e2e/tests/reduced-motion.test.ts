import type { Page } from 'playwright-core';
import { PHONE } from '../support/browser';
import { eventually } from '../support/eventually';
import { browserJourneys } from '../support/journey';
import { stack } from '../support/stack';
import { DERNA_PATH, waitForStoryHydration } from '../support/story';

const { journey } = browserJourneys();

/** Scrolls down to the comments, then presses Back to top; returns scrollY at once after the press. */
const backToTopFromBelow = async (page: Page) => {
  await page.goto(stack.webUrl(DERNA_PATH));
  await waitForStoryHydration(page);
  await page.getByRole('form', { name: 'Leave a Reply' }).scrollIntoViewIfNeeded();
  const button = page.getByRole('button', { name: 'Back to top' });
  await button.waitFor();
  // Read in the same task as the click: an instant scroll has happened by then, a smooth one has not.
  return button.evaluate((element: HTMLElement) => {
    element.click();
    return window.scrollY;
  });
};

journey('reduced-motion', 'Back to top jumps instantly for readers who ask for reduced motion', { ...PHONE, reducedMotion: 'reduce' }, async ({ page, open, shot }) => {
  expect(await backToTopFromBelow(page)).toBe(0);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('top');
  await shot('reduced-motion-at-top');

  // Everyone else gets a smooth scroll, which ends at the top too.
  const smooth = await open({ ...PHONE, reducedMotion: 'no-preference' });
  expect(await backToTopFromBelow(smooth)).toBeGreaterThan(0);
  await eventually(async () => expect(await smooth.evaluate(() => window.scrollY)).toBe(0));
  expect(await smooth.evaluate(() => document.activeElement?.id)).toBe('top');
  await shot('smooth-scroll-at-top', smooth);
});
