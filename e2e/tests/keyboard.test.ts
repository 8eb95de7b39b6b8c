import type { Page } from 'playwright-core';
import { DESKTOP } from '../support/browser';
import { AWAITING_MODERATION, buildComment, commentBy } from '../support/comments';
import { eventually } from '../support/eventually';
import { browserJourneys } from '../support/journey';
import { focused, isFocused, press, tabThroughPage, tabTo, unchangedFocusLooks, type Focused } from '../support/keyboard';
import { stack } from '../support/stack';
import { DERNA, DERNA_PATH, LEAD_PARAGRAPHS, showMoreButton, waitForStoryHydration } from '../support/story';

const { journey } = browserJourneys();

const CONSENT = 'Save my name, email, and website in this browser for the next time I comment.';
const NOTIFY = 'Email me when my comment is approved and when someone replies.';
/** Every control on the story page a reader needs, in page order. */
const CONTROLS: Focused[] = [
  { role: 'link', name: 'Skip to content' },
  { role: 'link', name: 'Latest' },
  { role: 'button', name: 'Show More' },
  { role: 'link', name: 'More news' },
  { role: 'textbox', name: 'Comment' },
  { role: 'textbox', name: 'Name' },
  { role: 'textbox', name: 'Email' },
  { role: 'textbox', name: 'Website' },
  { role: 'checkbox', name: CONSENT },
  { role: 'checkbox', name: NOTIFY },
  { role: 'button', name: 'Post Comment' },
  { role: 'link', name: 'RSS feed' },
  { role: 'button', name: 'Back to top' },
];

const expectFocus = async (page: Page, wanted: Focused) => expect(await focused(page)).toEqual(wanted);

journey('keyboard', 'a keyboard-only reader reaches and operates every control, and always sees the focus', DESKTOP, async ({ page, shot }) => {
  await page.goto(stack.webUrl(DERNA_PATH));
  await waitForStoryHydration(page);

  const stops = await tabThroughPage(page);
  for (const control of CONTROLS) expect(stops.filter(isFocused(control))).toHaveLength(1);
  const invisible = (await unchangedFocusLooks(page)).map((index) => stops[index]);
  expect(invisible).toEqual([]);

  // Links: the skip link takes the reader past the header.
  await page.reload();
  await waitForStoryHydration(page);
  await press(page, 'Tab');
  await expectFocus(page, { role: 'link', name: 'Skip to content' });
  await shot('skip-link-focused');
  await press(page, 'Enter');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

  // Show More: Enter opens and moves the reader to the first new paragraph; Space closes.
  await tabTo(page, { role: 'button', name: 'Show More' });
  await shot('show-more-focused');
  await press(page, 'Enter');
  expect(await showMoreButton(page).getAttribute('aria-expanded')).toBe('true');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(DERNA.paragraphs[LEAD_PARAGRAPHS]);
  await tabTo(page, { role: 'button', name: 'Show Less' }, 3);
  await press(page, ' ');
  expect(await showMoreButton(page).getAttribute('aria-expanded')).toBe('false');
  await press(page, ' ');
  expect(await showMoreButton(page).getAttribute('aria-expanded')).toBe('true');

  // The form, typed and sent from the keyboard alone.
  const comment = buildComment();
  await tabTo(page, { role: 'textbox', name: 'Comment' });
  await page.keyboard.type(comment.body);
  await press(page, 'Tab');
  await page.keyboard.type(comment.name);
  await press(page, 'Tab');
  await page.keyboard.type(comment.email);
  await press(page, 'Tab');
  await expectFocus(page, { role: 'textbox', name: 'Website' });
  await press(page, 'Tab');
  await expectFocus(page, { role: 'checkbox', name: CONSENT });
  await press(page, ' ');
  expect(await page.getByRole('checkbox', { name: CONSENT }).isChecked()).toBe(true);
  await press(page, 'Tab');
  await expectFocus(page, { role: 'checkbox', name: NOTIFY });
  await press(page, 'Tab');
  await expectFocus(page, { role: 'button', name: 'Post Comment' });
  await shot('post-comment-focused');
  await press(page, 'Enter');
  await commentBy(page, comment.name).getByText(AWAITING_MODERATION).waitFor();
  await shot('comment-sent');

  // Back to top: Enter scrolls up and puts the focus at the top.
  await tabTo(page, { role: 'button', name: 'Back to top' });
  await shot('back-to-top-focused');
  await press(page, 'Enter');
  await eventually(async () => expect(await page.evaluate(() => window.scrollY)).toBe(0));
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('top');

  // From the top, on to a link that leaves the story.
  await tabTo(page, { role: 'link', name: 'More news' });
  // A plain link: Enter loads the front page (a full navigation, so no settling on the old page).
  await Promise.all([page.waitForURL((url) => url.pathname === '/'), page.keyboard.press('Enter')]);
  await page.getByRole('heading', { level: 1, name: 'Latest news' }).waitFor();
  await shot('followed-more-news');
});
