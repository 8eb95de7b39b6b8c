import axe from 'axe-core';
import type { Page } from 'playwright-core';

/** WCAG 2.2 AA, as the audit asks: the rules tagged for each level up to it. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export type Violation = { rule: string; impact: string | null; help: string; targets: string[] };

/**
 * With scripting off (javaScriptEnabled: false) the page runs no timer callbacks (nor
 * queueMicrotask's), and axe waits on timers between its checks: run them as promise reactions,
 * which V8 still runs, so the audit can finish.
 */
const timersAsMicrotasks = () => {
  if (!matchMedia('(scripting: none)').matches) return;
  const immediate = (callback: () => void) => (Promise.resolve().then(callback), 0);
  (window as unknown as { setTimeout: typeof immediate }).setTimeout = immediate;
};

/** Runs axe-core inside the page, injected through the DevTools protocol (so even without page scripts). */
export const audit = async (page: Page): Promise<Violation[]> => {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(timersAsMicrotasks);
    await page.evaluate(axe.source);
  }
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_TAGS,
  );
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
};

/** Fails with every violation listed: rule, what it means, and where. */
export const expectNoViolations = async (page: Page, where: string) => {
  const violations = await audit(page);
  const report = violations.map(({ rule, impact, help, targets }) => `${rule} (${impact}): ${help}\n    at ${targets.join('\n    at ')}`);
  if (report.length) throw new Error(`axe found ${report.length} WCAG violation(s) on ${where} (${page.url()}):\n  ${report.join('\n  ')}`);
};
