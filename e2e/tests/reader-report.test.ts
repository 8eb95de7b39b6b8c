import type { Page } from 'playwright-core';
import { adminMenuLink, logIntoAdmin, MODERATOR } from '../support/admin-ui';
import { audit } from '../support/axe';
import { DESKTOP, PHONE } from '../support/browser';
import { AWAITING_MODERATION, buildComment, commentBy, commentForm, postComment } from '../support/comments';
import { eventually } from '../support/eventually';
import { browserJourneys } from '../support/journey';
import { stack } from '../support/stack';
import { DERNA_PATH, waitForStoryHydration } from '../support/story';

const { journey } = browserJourneys();

/** A comment's Report control sits under it, in the comment's list item: a link without JavaScript, a button with it. */
const reportControl = (page: Page, name: string, role: 'link' | 'button') =>
  page.locator('li.comment').filter({ has: commentBy(page, name) }).last().getByRole(role, { name: 'Report', exact: true });
const reportLink = (page: Page, name: string) => reportControl(page, name, 'link');
const reportButton = (page: Page, name: string) => reportControl(page, name, 'button');

const REASON_LABEL = 'Why should a moderator look at it? (optional)';
const THANKS = 'Thank you. A moderator will look at this comment.';

/** With JavaScript, Report opens a modal dialog over the story and sends the report in place. */
const reportInDialog = async (page: Page, name: string, reason: string, shot: (name: string, page: Page) => Promise<void>) => {
  await page.goto(stack.webUrl(DERNA_PATH));
  await waitForStoryHydration(page);
  const dialog = page.getByRole('dialog', { name: `Report the comment by ${name}` });
  // Once hydrated, Report is a button that opens a dialog (no link to the report page).
  expect(await reportLink(page, name).count()).toBe(0);
  expect(await reportButton(page, name).getAttribute('aria-haspopup')).toBe('dialog');
  // Escape closes it and nothing is sent; focus is back on the button.
  await reportButton(page, name).click();
  await dialog.waitFor();
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(await reportButton(page, name).evaluate((button) => button === document.activeElement)).toBe(true);

  await reportButton(page, name).click();
  const field = dialog.getByRole('textbox', { name: REASON_LABEL });
  await field.fill(reason);
  expect(await audit(page)).toEqual([]);
  await shot('report-dialog', page);
  await dialog.getByRole('button', { name: 'Report comment' }).click();
  await dialog.getByRole('status').filter({ hasText: THANKS }).waitFor();
  expect(page.url()).toBe(stack.webUrl(DERNA_PATH));
  await shot('reported-with-javascript', page);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
};

/** Without JavaScript, Report is a link to a page with the same form. */
const report = async (page: Page, name: string, reason: string) => {
  await page.goto(stack.webUrl(DERNA_PATH));
  await reportLink(page, name).click();
  await page.getByRole('heading', { level: 1, name: 'Report a comment' }).waitFor();
  await page.getByRole('textbox', { name: REASON_LABEL }).fill(reason);
  await page.getByRole('button', { name: 'Report comment' }).click();
  await page.getByRole('status').filter({ hasText: THANKS }).waitFor();
};

journey('reader-report', 'readers report a comment, with and without JavaScript; a moderator dismisses the reports', DESKTOP, async ({ page, open, shot }) => {
  const writer = await open(PHONE);
  const comment = buildComment();
  await writer.goto(stack.webUrl(DERNA_PATH));
  await waitForStoryHydration(writer);
  const optIn = commentForm(writer).getByRole('checkbox', { name: 'Email me when my comment is approved and when someone replies.' });
  expect(await optIn.isChecked()).toBe(false);
  await optIn.check();
  await postComment(writer, comment);
  await commentBy(writer, comment.name).getByText(AWAITING_MODERATION).waitFor();

  await logIntoAdmin(page, MODERATOR);
  await adminMenuLink(page, 'Moderation').click();
  await page.getByRole('button', { name: `Approve comment by ${comment.name}` }).click();
  await page.getByText(comment.body).waitFor({ state: 'detached' });

  const withScript = await open(PHONE);
  await eventually(
    async () => {
      await withScript.goto(stack.webUrl(DERNA_PATH));
      await commentBy(withScript, comment.name).getByText(comment.body).waitFor({ timeout: 1000 });
    },
    15_000,
    500,
  );
  await waitForStoryHydration(withScript);
  await reportButton(withScript, comment.name).scrollIntoViewIfNeeded();
  await shot('report-button', withScript);
  await reportInDialog(withScript, comment.name, 'Off topic, with JavaScript', shot);

  const withoutScript = await open({ ...PHONE, javaScriptEnabled: false });
  await report(withoutScript, comment.name, 'Rude, without JavaScript');
  await shot('reported-without-javascript', withoutScript);

  await page.goto(stack.cmsUrl('/admin/plugins/moderation?view=reported'));
  const row = page.getByRole('row').filter({ hasText: comment.body });
  await row.getByText('Off topic, with JavaScript').waitFor();
  // Both browsers are one reader here (one IP, 127.0.0.1): a reader's report counts once per comment.
  await row.getByText('1 (1 reader)').waitFor();
  expect(await row.getByText('Rude, without JavaScript').count()).toBe(0);
  await shot('reported-view');
  await row.getByRole('button', { name: `Dismiss the reports on the comment by ${comment.name}` }).click();
  await row.waitFor({ state: 'detached' });
  await shot('reports-dismissed');
});
