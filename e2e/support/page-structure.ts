import type { Page } from 'playwright-core';

/** Heading levels in document order, leaving out what no one perceives (aria-hidden). */
const headingLevels = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((heading) => !heading.closest('[aria-hidden="true"]')).map((heading) => Number(heading.tagName[1])),
  );

/** Levels that go deeper by more than one step (an h2 followed by an h4). */
const skippedLevels = (levels: number[]) =>
  levels.flatMap((level, index) => (index > 0 && level > (levels[index - 1] ?? 0) + 1 ? [`h${levels[index - 1]} → h${level}`] : []));

/**
 * What a screen reader user navigates by: the page's language, one h1 first, headings that do
 * not skip levels, and one banner, main and contentinfo landmark plus a navigation.
 */
export const expectSoundStructure = async (page: Page) => {
  expect(await page.getAttribute('html', 'lang')).toBe('en');
  const levels = await headingLevels(page);
  expect(levels.filter((level) => level === 1)).toHaveLength(1);
  expect(levels[0]).toBe(1);
  expect(skippedLevels(levels)).toEqual([]);
  for (const landmark of ['banner', 'main', 'contentinfo'] as const) expect(await page.getByRole(landmark).count()).toBe(1);
  expect(await page.getByRole('navigation').count()).toBeGreaterThanOrEqual(1);
};
