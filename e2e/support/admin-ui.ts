import type { Page } from 'playwright-core';
import { stack } from './stack';

export type Account = { email: string; password: string };

/** The demo accounts the CMS creates outside production (apps/cms/data/seed/demo-accounts.json). */
export const ADMIN: Account = { email: 'admin@derna.local', password: 'Derna-admin-2026' };
export const EDITOR: Account = { email: 'editor@derna.local', password: 'Derna-editor-2026' };
export const MODERATOR: Account = { email: 'moderator@derna.local', password: 'Derna-moderator-2026' };

/** Logs in through the admin's login form, as a person does; lands on the admin home. */
export const logIntoAdmin = async (page: Page, { email, password }: Account) => {
  await page.goto(stack.cmsUrl('/admin'));
  await page.getByRole('textbox', { name: 'Email' }).fill(email);
  await page.getByRole('textbox', { name: 'Password' }).fill(password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
};

/** A link in the admin's main menu (the left-hand navigation). */
export const adminMenuLink = (page: Page, name: string) => page.getByRole('navigation').first().getByRole('link', { name, exact: true });

/** The admin's toast for a finished action ("Published document", "Saved document"). */
export const adminNotice = (page: Page, text: string) =>
  page.getByRole('region', { name: /^Notifications/ }).getByRole('status').filter({ hasText: text });
