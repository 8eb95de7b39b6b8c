import type { BrowserContext, Page } from 'playwright-core';

/** Everything the pages of a context print, and every uncaught error, for a failure report. */
export const recordConsole = (context: BrowserContext, label: string) => {
  const lines: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => lines.push(`[${label}] ${message.type()}: ${message.text()} (${page.url()})`));
    page.on('pageerror', (error) => lines.push(`[${label}] uncaught: ${error.stack ?? error.message} (${page.url()})`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  return () => lines;
};
