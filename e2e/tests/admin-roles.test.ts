import type { Page } from 'playwright-core';
import { adminMenuLink, EDITOR, logIntoAdmin, MODERATOR } from '../support/admin-ui';
import { DESKTOP, PHONE } from '../support/browser';
import { AWAITING_MODERATION, buildComment, commentBy, postComment } from '../support/comments';
import { browserJourneys } from '../support/journey';
import { stack } from '../support/stack';
import { DERNA, DERNA_PATH, waitForStoryHydration } from '../support/story';

const { journey } = browserJourneys();

/** A Strapi document id: what no person should ever be shown. */
const DOCUMENT_ID = /\b[a-z0-9]{24}\b/;

const mainMenu = (page: Page) => page.getByRole('navigation').first().getByRole('link').allInnerTexts();
const contentTypesMenu = (page: Page) => page.getByRole('navigation', { name: 'Content Manager' }).getByRole('link').allInnerTexts();
const columnHeader = (page: Page, name: string) => page.getByRole('columnheader', { name, exact: true });

const openComments = async (page: Page) => {
  await adminMenuLink(page, 'Content Manager').click();
  await page.getByRole('navigation', { name: 'Content Manager' }).getByRole('link', { name: 'Comment', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Comment' }).waitFor();
};

/** A reader's comment, posted on the Derna story as a reader does. */
const readerComment = async (open: (options?: typeof PHONE) => Promise<Page>) => {
  const reader = await open(PHONE);
  const comment = buildComment();
  await reader.goto(stack.webUrl(DERNA_PATH));
  await waitForStoryHydration(reader);
  await postComment(reader, comment);
  await commentBy(reader, comment.name).getByText(AWAITING_MODERATION).waitFor();
  return comment;
};

/** Statuses and texts shown in the comment list's rows, for the id check. */
const listedCells = (page: Page) => page.getByRole('gridcell').allInnerTexts();

journey('admin-moderator', 'a moderator finds comments in plain words, and nothing else', DESKTOP, async ({ page, open, shot }) => {
  const comment = await readerComment(open);
  await logIntoAdmin(page, MODERATOR);
  // Settings holds only Strapi's own Overview (its version), which Strapi shows to every user.
  expect(await mainMenu(page)).toEqual(['Home', 'Content Manager', 'Moderation', 'Settings']);
  await shot('menu');

  await openComments(page);
  expect(await contentTypesMenu(page)).toEqual(['Comment']);
  for (const name of ['Status', 'Author name', 'Comment', 'Story', 'Received']) await columnHeader(page, name).waitFor();
  const row = page.getByRole('row').filter({ hasText: comment.name });
  await row.getByRole('gridcell', { name: DERNA.title }).waitFor();
  await row.getByRole('gridcell', { name: comment.body }).waitFor();
  await row.getByRole('gridcell', { name: 'pending' }).waitFor();
  expect((await listedCells(page)).filter((text) => DOCUMENT_ID.test(text))).toEqual([]);
  expect(await page.getByRole('link', { name: /Create new entry/ }).count()).toBe(0);
  await shot('comment-list');

  // The entry is titled by its author and how it begins; the commenter's email is there for moderators.
  await row.getByRole('gridcell', { name: comment.body }).click();
  await page.getByRole('heading', { level: 1, name: `${comment.name}: ${comment.body}` }).waitFor();
  await page.getByRole('textbox', { name: 'Comment text' }).waitFor();
  expect(await page.getByRole('textbox', { name: 'Email' }).inputValue()).toBe(comment.email);
  await page.getByRole('textbox', { name: 'Story' }).waitFor();
  expect(await page.getByRole('textbox', { name: 'Story' }).inputValue()).toBe(DERNA.title);
  expect(DOCUMENT_ID.test(await page.getByRole('main').innerText())).toBe(false);
  await shot('comment-entry');
});

journey('admin-editor', 'an editor reads stories and comments in plain words, without commenters’ private data', DESKTOP, async ({ page, open, shot }) => {
  const comment = await readerComment(open);
  await logIntoAdmin(page, EDITOR);
  expect(await mainMenu(page)).toEqual(['Home', 'Content Manager', 'Media Library', 'Settings']);
  await shot('menu');

  await adminMenuLink(page, 'Content Manager').click();
  expect(await contentTypesMenu(page)).toEqual(['Article', 'Author', 'Category', 'Comment']);
  await page.getByRole('navigation', { name: 'Content Manager' }).getByRole('link', { name: 'Article', exact: true }).click();
  for (const name of ['Headline', 'Section', 'Author', 'First published', 'Status']) await columnHeader(page, name).waitFor();
  await shot('article-list');
  await page.getByRole('gridcell', { name: DERNA.title }).click();
  await page.getByRole('textbox', { name: 'Standfirst', exact: true }).waitFor();
  await page.getByText('Standfirst — the summary under the headline', { exact: false }).waitFor();
  await page.getByRole('textbox', { name: 'URL slug' }).waitFor();
  await shot('article-entry');

  await openComments(page);
  for (const name of ['Status', 'Author name', 'Comment', 'Story', 'Received']) await columnHeader(page, name).waitFor();
  const row = page.getByRole('row').filter({ hasText: comment.name });
  await row.getByRole('gridcell', { name: DERNA.title }).waitFor();
  expect((await listedCells(page)).filter((text) => DOCUMENT_ID.test(text))).toEqual([]);
  await shot('comment-list');
  await row.getByRole('gridcell', { name: comment.body }).click();
  await page.getByRole('heading', { level: 1, name: `${comment.name}: ${comment.body}` }).waitFor();
  // Read-only, and nothing a commenter gave privately.
  expect(await page.getByRole('textbox', { name: 'Comment text' }).isDisabled()).toBe(true);
  expect(await page.getByRole('textbox', { name: 'Email' }).count()).toBe(0);
  expect(await page.content()).not.toContain(comment.email);
  await shot('comment-entry');
});
