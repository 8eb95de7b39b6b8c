import type { BrowserContextOptions } from 'playwright-core';
import { expectNoViolations } from '../support/axe';
import { DESKTOP, PHONE } from '../support/browser';
import { buildComment, commentField, postComment } from '../support/comments';
import { browserJourneys } from '../support/journey';
import { expectSoundStructure } from '../support/page-structure';
import { stack } from '../support/stack';
import { DERNA_PATH, showMoreButton, waitForStoryHydration } from '../support/story';

const { journey } = browserJourneys();

const SCREENS: Array<[string, BrowserContextOptions]> = [
  ['phone', PHONE],
  ['desktop', DESKTOP],
];

// An address a browser's type=email accepts and the shared contract refuses (no top-level domain).
const REFUSED_EMAIL = 'reader@localhost';
const FIX_FIELDS = 'Please correct the highlighted fields.';

describe.each(SCREENS)('WCAG 2.2 AA audit on a %s', (screen, options) => {
  journey(`a11y-home-${screen}`, 'the home page', options, async ({ page, shot }) => {
    await page.goto(stack.webUrl('/'));
    await shot('home');
    await expectNoViolations(page, `the home page (${screen})`);
    await expectSoundStructure(page);
  });

  journey(`a11y-story-${screen}`, 'the story, collapsed and expanded', options, async ({ page, shot }) => {
    await page.goto(stack.webUrl(DERNA_PATH));
    await waitForStoryHydration(page);
    await shot('collapsed');
    await expectNoViolations(page, `the story, collapsed (${screen})`);
    await expectSoundStructure(page);
    await showMoreButton(page).click();
    await showMoreButton(page).and(page.locator('[aria-expanded="true"]')).waitFor();
    await shot('expanded');
    await expectNoViolations(page, `the story, expanded (${screen})`);
  });

  journey(`a11y-comment-errors-${screen}`, 'the comment form showing the server’s errors', options, async ({ page, shot }) => {
    await page.goto(stack.webUrl(DERNA_PATH));
    await waitForStoryHydration(page);
    await postComment(page, buildComment({ email: REFUSED_EMAIL }));
    await page.getByRole('alert').filter({ hasText: FIX_FIELDS }).waitFor();
    expect(await commentField(page, 'Email').getAttribute('aria-invalid')).toBe('true');
    await commentField(page, 'Email').scrollIntoViewIfNeeded();
    await shot('errors');
    await expectNoViolations(page, `the comment form with errors (${screen})`);
  });

  journey(`a11y-not-found-${screen}`, 'the not-found page, served as a 404', options, async ({ page, shot }) => {
    const response = await page.goto(stack.webUrl('/news/no-such-story'));
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Story not found' }).waitFor();
    await shot('not-found');
    await expectNoViolations(page, `the not-found page (${screen})`);
    await expectSoundStructure(page);
  });
});

journey('a11y-comment-errors-no-js', 'the comment form showing the server’s errors, without JavaScript', { ...PHONE, javaScriptEnabled: false }, async ({ page, shot }) => {
  await page.goto(stack.webUrl(DERNA_PATH));
  await postComment(page, buildComment({ email: REFUSED_EMAIL }));
  await page.getByRole('alert').filter({ hasText: FIX_FIELDS }).waitFor();
  expect(await commentField(page, 'Email').getAttribute('aria-invalid')).toBe('true');
  await commentField(page, 'Email').scrollIntoViewIfNeeded();
  await shot('errors');
  await expectNoViolations(page, 'the comment form with errors, without JavaScript');
});
