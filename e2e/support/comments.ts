import crypto from 'node:crypto';
import type { Page } from 'playwright-core';

export const AWAITING_MODERATION = 'Your comment is awaiting moderation.';

export type ReaderComment = { body: string; name: string; email: string };

/** A comment no other journey has written: unique name, email and text. */
export const buildComment = (overrides: Partial<ReaderComment> = {}): ReaderComment => {
  const id = crypto.randomBytes(3).toString('hex');
  return {
    body: `The port was the key to the city, and nobody said so (${id}).`,
    name: `Reader ${id}`,
    email: `reader-${id}@example.com`,
    ...overrides,
  };
};

export const commentForm = (page: Page) => page.getByRole('form', { name: 'Leave a Reply' });
export const commentField = (page: Page, label: 'Comment' | 'Name' | 'Email' | 'Website') =>
  commentForm(page).getByRole('textbox', { name: label, exact: true });
export const postButton = (page: Page) => commentForm(page).getByRole('button', { name: 'Post Comment' });

/** The comment in the list, as a screen reader announces it. */
export const commentBy = (page: Page, name: string) => page.getByRole('article', { name: `Comment by ${name}` });

export const fillComment = async (page: Page, { body, name, email }: ReaderComment) => {
  await commentField(page, 'Comment').fill(body);
  await commentField(page, 'Name').fill(name);
  await commentField(page, 'Email').fill(email);
};

export const postComment = async (page: Page, comment: ReaderComment) => {
  await fillComment(page, comment);
  await postButton(page).click();
};
