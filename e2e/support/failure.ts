import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';

export type OpenedContext = { context: BrowserContext; label: string; consoleLines: () => string[] };

/** What a failing journey leaves behind: a screenshot of every page still open, and the console. */
export const saveFailure = async (dir: string, opened: OpenedContext[], error: unknown) => {
  const pages = opened.flatMap(({ context, label }) => context.pages().map((page, index) => ({ page, label, index })));
  for (const { page, label, index } of pages) {
    const file = path.join(dir, `failure-${label.replace(/\W+/g, '-')}-page-${index + 1}.png`);
    await page.screenshot({ path: file, fullPage: true }).catch(() => undefined);
  }
  const lines = opened.flatMap(({ consoleLines }) => consoleLines());
  const urls = pages.map(({ page, label, index }) => `[${label}] page ${index + 1}: ${page.url()}`);
  const report = [String(error instanceof Error ? (error.stack ?? error.message) : error), '', ...urls, '', ...lines].join('\n');
  fs.writeFileSync(path.join(dir, 'console.log'), `${report}\n`);
};
