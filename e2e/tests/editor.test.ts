import crypto from 'node:crypto';
import type { Page } from 'playwright-core';
import { adminMenuLink, adminNotice, EDITOR, logIntoAdmin } from '../support/admin-ui';
import { DESKTOP } from '../support/browser';
import { eventually } from '../support/eventually';
import { browserJourneys } from '../support/journey';
import { stack } from '../support/stack';
import { DERNA, DERNA_PATH, storyHeading } from '../support/story';

const { journey } = browserJourneys();

const unique = () => crypto.randomBytes(3).toString('hex');

/** The public story, as a reader who never saw it before gets it; polled until `dek` shows. */
const expectPublicDek = (reader: Page, dek: string) =>
  eventually(
    async () => {
      await reader.goto(stack.webUrl(DERNA_PATH));
      await reader.getByText(dek, { exact: true }).waitFor({ timeout: 1000 });
    },
    15_000,
    500,
  );

journey('editor', 'an editor publishes a new dek, then previews a draft the public does not see', DESKTOP, async ({ page, open, shot }) => {
  const publishedDek = `Haftar's army says it holds most of Derna (${unique()}).`;
  const draftDek = `Draft: the battle for Derna may end within days (${unique()}).`;

  await logIntoAdmin(page, EDITOR);
  await adminMenuLink(page, 'Content Manager').click();
  await page.getByRole('navigation', { name: 'Content Manager' }).getByRole('link', { name: 'Article', exact: true }).click();
  await page.getByRole('gridcell', { name: DERNA.title }).click();
  const dek = page.getByRole('textbox', { name: 'Standfirst', exact: true });
  await dek.fill(publishedDek);
  await shot('dek-edited');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await adminNotice(page, 'Published document').waitFor();
  await shot('published');

  const reader = await open();
  await expectPublicDek(reader, publishedDek);
  await shot('story-with-new-dek', reader);

  await dek.fill(draftDek);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await adminNotice(page, 'Saved document').waitFor();
  await page.getByRole('status').filter({ hasText: 'Modified' }).first().waitFor();
  await shot('draft-saved');

  // The admin's Preview opens the site in draft mode, inside the editor.
  await page.getByRole('link', { name: 'Open preview' }).click();
  const preview = page.frameLocator('iframe');
  await preview.getByText('Preview mode').waitFor();
  await preview.getByText(draftDek, { exact: true }).waitFor();
  await shot('preview-shows-draft');

  // Readers still get the published version.
  const stranger = await open();
  await stranger.goto(stack.webUrl(DERNA_PATH));
  await storyHeading(stranger).waitFor();
  await stranger.getByText(publishedDek, { exact: true }).waitFor();
  expect(await stranger.getByText(draftDek).count()).toBe(0);
  expect(await stranger.getByText('Preview mode').count()).toBe(0);
  await shot('public-page-without-draft', stranger);
});
