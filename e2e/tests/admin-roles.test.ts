import type { Page } from 'playwright-core';
import { ADMIN, adminMenuLink, adminNotice, EDITOR, logIntoAdmin, MODERATOR } from '../support/admin-ui';
import { DESKTOP, PHONE } from '../support/browser';
import { AWAITING_MODERATION, buildComment, commentBy, postComment } from '../support/comments';
import { browserJourneys } from '../support/journey';
import { stack } from '../support/stack';
import { DERNA, DERNA_PATH, waitForStoryHydration } from '../support/story';

const { journey } = browserJourneys();

const COMMENT_COLUMNS = ['Status', 'Author name', 'Comment', 'Story', 'Received'];

/** A Strapi document id: what no person should ever be shown. */
const DOCUMENT_ID = /\b[a-z0-9]{24}\b/;
/** A comment status as stored: the list, filters and form show words instead. */
const RAW_STATUS = /^(pending|approved|spam|trash)$/;

/**
 * The main menu as a person sees it, once it has loaded: its entries come after the permissions
 * check, all at once (waiting for one that every role has, Content Manager, is not enough: it is
 * there from the start). Role queries skip what is hidden.
 */
const mainMenu = async (page: Page, lastEntry: string) => {
  await adminMenuLink(page, lastEntry).waitFor();
  return page.getByRole('navigation').first().getByRole('link').allInnerTexts();
};
const contentTypesMenu = async (page: Page) => {
  const menu = page.getByRole('navigation', { name: 'Content Manager' });
  await menu.getByRole('link', { name: 'Comment', exact: true }).waitFor();
  return menu.getByRole('link').allInnerTexts();
};
/**
 * The list's column headings in order, as written (the admin shows them in capitals with CSS).
 * Strapi's list is a grid whose first row holds the headings, as gridcells.
 */
const columnHeadings = async (page: Page) => {
  const headings = page.getByRole('row').first().getByRole('gridcell');
  await headings.nth(1).waitFor();
  return (await headings.allTextContents()).map((text) => text.trim()).filter(Boolean);
};

/** Strapi walks a super admin through the Content Manager on a first visit: not what we test here. */
const skipGuidedTour = async (page: Page) => {
  const skip = page.getByRole('button', { name: 'Skip', exact: true });
  await skip.waitFor({ timeout: 5_000 }).then(() => skip.click(), () => undefined);
};

/** The comment list's filter fields, as offered (the menu is closed again afterwards). */
const commentFilterFields = async (page: Page) => {
  await page.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('combobox', { name: 'Select field' }).click();
  const fields = await page.getByRole('option').allInnerTexts();
  return fields;
};
const ID_FILTER = /internal id|^In reply to|^Thread|^id$|documentId/i;

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
  // No Settings: it would hold only Strapi's own Overview (its version).
  expect(await mainMenu(page, 'Moderation')).toEqual(['Home', 'Content Manager', 'Moderation']);
  expect(await adminMenuLink(page, 'Settings').isVisible()).toBe(false);
  await shot('menu');

  await openComments(page);
  expect(await contentTypesMenu(page)).toEqual(['Comment']);
  const row = page.getByRole('row').filter({ hasText: comment.name });
  await row.getByRole('gridcell', { name: DERNA.title }).waitFor();
  expect(await columnHeadings(page)).toEqual(COMMENT_COLUMNS);
  await row.getByRole('gridcell', { name: comment.body }).waitFor();
  // Statuses in words, never the stored value.
  await row.getByRole('gridcell', { name: 'Awaiting moderation' }).waitFor();
  expect((await listedCells(page)).filter((text) => DOCUMENT_ID.test(text) || RAW_STATUS.test(text))).toEqual([]);
  expect(await page.getByRole('link', { name: /Create new entry/ }).count()).toBe(0);
  await shot('comment-list');

  // Filters by status and by story, in the same words; none on an id (the story's, the parent's,
  // the thread's, nor Strapi's own id and documentId).
  const fields = await commentFilterFields(page);
  expect(fields).toEqual(expect.arrayContaining(['Status', 'Story', 'Author name', 'Received']));
  expect(fields.filter((field) => ID_FILTER.test(field))).toEqual([]);
  await page.getByRole('option', { name: 'Status', exact: true }).click();
  await page.getByRole('combobox', { name: /Select (a )?value|Status/ }).last().click();
  const statuses = (await page.getByRole('option').allInnerTexts()).filter((text) => text !== 'Choose here');
  expect(statuses).toEqual(['Awaiting moderation', 'Approved', 'Spam', 'Trash']);
  await shot('comment-filters');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');

  // The entry is titled by its author and how it begins; the commenter's email is there for moderators.
  await row.getByRole('gridcell', { name: comment.body }).click();
  await page.getByRole('heading', { level: 1, name: `${comment.name}: ${comment.body}` }).waitFor();
  await page.getByRole('textbox', { name: 'Comment text' }).waitFor();
  expect(await page.getByRole('textbox', { name: 'Email' }).inputValue()).toBe(comment.email);
  await page.getByRole('textbox', { name: 'Story' }).waitFor();
  expect(await page.getByRole('textbox', { name: 'Story' }).inputValue()).toBe(DERNA.title);
  expect(DOCUMENT_ID.test(await page.getByRole('main').innerText())).toBe(false);
  await shot('comment-entry');

  // And acts on it there, in the same words: approve, save.
  await page.getByRole('combobox', { name: 'Status' }).click();
  expect(await page.getByRole('option').allInnerTexts()).toEqual(expect.arrayContaining(['Awaiting moderation', 'Approved', 'Spam', 'Trash']));
  await page.getByRole('option', { name: 'Approved' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await adminNotice(page, 'Saved document').waitFor();
  await shot('comment-approved');
});

journey('admin-editor', 'an editor reads stories and comments in plain words, without commenters’ private data', DESKTOP, async ({ page, open, shot }) => {
  const comment = await readerComment(open);
  await logIntoAdmin(page, EDITOR);
  // Strapi's Editor role may open no Settings page: no Settings entry either.
  expect(await mainMenu(page, 'Media Library')).toEqual(['Home', 'Content Manager', 'Media Library']);
  await shot('menu');

  await adminMenuLink(page, 'Content Manager').click();
  expect(await contentTypesMenu(page)).toEqual(['Article', 'Author', 'Category', 'Comment']);
  await page.getByRole('navigation', { name: 'Content Manager' }).getByRole('link', { name: 'Article', exact: true }).click();
  await page.getByRole('gridcell', { name: DERNA.title }).waitFor();
  // Status is the Content Manager's own column for draft-and-publish types (its own lower-case label).
  expect(await columnHeadings(page)).toEqual(['Headline', 'Section', 'Author', 'First published', 'status']);
  await shot('article-list');
  await page.getByRole('gridcell', { name: DERNA.title }).click();
  await page.getByRole('textbox', { name: 'Standfirst', exact: true }).waitFor();
  await page.getByText('Standfirst — the summary under the headline', { exact: false }).waitFor();
  await page.getByRole('textbox', { name: 'URL slug' }).waitFor();
  await shot('article-entry');

  await openComments(page);
  const row = page.getByRole('row').filter({ hasText: comment.name });
  await row.getByRole('gridcell', { name: DERNA.title }).waitFor();
  expect(await columnHeadings(page)).toEqual(COMMENT_COLUMNS);
  expect((await listedCells(page)).filter((text) => DOCUMENT_ID.test(text))).toEqual([]);
  await shot('comment-list');
  await row.getByRole('gridcell', { name: comment.body }).click();
  await page.getByRole('heading', { level: 1, name: `${comment.name}: ${comment.body}` }).waitFor();
  // Read-only, and nothing a commenter gave privately.
  expect(await page.getByRole('textbox', { name: 'Comment text' }).isDisabled()).toBe(true);
  // Strapi keeps the field's place but never loads its value: "No permissions to see this field".
  const email = page.getByRole('textbox', { name: 'Email' });
  expect(await email.inputValue()).toBe('');
  expect(await email.getAttribute('placeholder')).toBe('No permissions to see this field');
  expect(await page.getByRole('textbox', { name: 'IP address' }).inputValue()).toBe('');
  expect(await page.content()).not.toContain(comment.email);
  await shot('comment-entry');
});

journey('admin-admin', 'an admin keeps Settings, and is offered no id as a comment filter either', DESKTOP, async ({ page, shot }) => {
  await logIntoAdmin(page, ADMIN);
  expect(await mainMenu(page, 'Settings')).toEqual(expect.arrayContaining(['Content Manager', 'Moderation', 'Settings']));
  expect(await adminMenuLink(page, 'Settings').isVisible()).toBe(true);
  await adminMenuLink(page, 'Settings').click();
  await page.getByRole('link', { name: 'Roles' }).first().waitFor();
  await shot('settings');

  // Admins may read the ids (the CMS's own business); the list still does not offer them as filters.
  await openComments(page);
  await skipGuidedTour(page);
  const fields = await commentFilterFields(page);
  expect(fields).toEqual(expect.arrayContaining(['Status', 'Story']));
  expect(fields.filter((field) => ID_FILTER.test(field))).toEqual([]);
  await shot('comment-filters');
});
