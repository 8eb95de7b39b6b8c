import type { Page } from 'playwright-core';

/** The focused element as assistive technology names it: role and accessible name. */
export type Focused = { role: string; name: string };

const NOTHING: Focused = { role: 'none', name: '' };

/** Reads the focus through Playwright's accessibility snapshot: `- button "Show More" [expanded]`. */
export const focused = async (page: Page): Promise<Focused> => {
  const element = page.locator('*:focus');
  if ((await element.count()) === 0) return NOTHING;
  const snapshot = await element.ariaSnapshot();
  const match = /^- ([\w-]+)(?: "((?:[^"\\]|\\.)*)")?/.exec(snapshot);
  return match ? { role: match[1] ?? 'none', name: (match[2] ?? '').replace(/\\(.)/g, '$1') } : NOTHING;
};

/** Lets the page react to the last key: observers, React renders, a frame or two. */
const settle = (page: Page) =>
  page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 30)))));

export const press = async (page: Page, key: string) => {
  await page.keyboard.press(key);
  await settle(page);
};

export const isFocused = (wanted: Focused) => (current: Focused) => current.role === wanted.role && current.name === wanted.name;

/** Presses Tab until `wanted` has the focus; fails naming where the focus went instead. */
export const tabTo = async (page: Page, wanted: Focused, maxPresses = 60) => {
  const visited: string[] = [];
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await press(page, 'Tab');
    const current = await focused(page);
    if (isFocused(wanted)(current)) return;
    visited.push(`${current.role} "${current.name}"`);
  }
  throw new Error(`Tab never reached ${wanted.role} "${wanted.name}"; it went through: ${visited.join(', ')}`);
};

/**
 * Tabs through the whole page once, from the top, and returns every stop. The page also keeps
 * each stop's focused look, so that `unchangedFocusLooks` can compare it with the unfocused one.
 */
export const tabThroughPage = async (page: Page, maxPresses = 80): Promise<Focused[]> => {
  await page.evaluate(() => {
    (window as unknown as { focusTrail: unknown[] }).focusTrail = [];
  });
  const stops: Focused[] = [];
  for (let presses = 0; presses < maxPresses; presses += 1) {
    await press(page, 'Tab');
    const current = await focused(page);
    if (current === NOTHING || (stops.length > 0 && isFocused(stops[0] as Focused)(current))) return stops;
    stops.push(current);
    await page.evaluate(focusLooks, 'record' as const);
  }
  throw new Error(`Focus never left the page after ${maxPresses} Tab presses: a keyboard trap?`);
};

/**
 * Runs in the page. 'record' keeps the focused element's look (outline, shadow, underline,
 * colours); 'compare' blurs, then returns the recorded stops whose look is the same unfocused.
 */
function focusLooks(mode: 'record' | 'compare'): number[] {
  const page = window as unknown as { focusTrail?: Array<{ element: Element; look: string }> };
  const lookOf = (element: Element) => {
    const style = getComputedStyle(element);
    return [style.outlineStyle, style.outlineWidth, style.outlineColor, style.boxShadow, style.textDecorationLine, style.backgroundColor, style.color, style.borderColor].join(' | ');
  };
  const trail = (page.focusTrail = page.focusTrail || []);
  if (mode === 'record') {
    if (document.activeElement) trail.push({ element: document.activeElement, look: lookOf(document.activeElement) });
    return [];
  }
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  return trail.flatMap(({ element, look }, index) => (lookOf(element) === look ? [index] : []));
}

/** After `tabThroughPage`: the stops (by index) that look the same with and without focus. */
export const unchangedFocusLooks = (page: Page): Promise<number[]> => page.evaluate(focusLooks, 'compare' as const);
