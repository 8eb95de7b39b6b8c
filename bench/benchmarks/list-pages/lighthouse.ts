import { valueRow, type Outcome, type Row } from '../../support/report';
import { median } from '../../support/stats';
import type { SiteStack } from '../../support/stack';
import { lighthouse, metricMedians, type Run } from '../lighthouse';
import { listPageUrls } from './addresses';

/** Fewer runs than the story page's five: four pages, mobile and desktop, in a reasonable time. */
const RUNS = 3;
const PAGES = ['front', 'section', 'author', 'search'] as const;

const performanceRow = (page: string, preset: 'mobile' | 'desktop', runs: Run[]): Row => {
  const scores = runs.map((run) => run.scores.performance);
  const held = runs.filter((run) => run.heldBack).length;
  return valueRow({
    goal: '18', figure: `Lighthouse ${preset} Performance, ${page} page`, unit: '', measured: median(scores), op: '>=', limit: preset === 'mobile' ? 98 : 100,
    notes: `runs: ${scores.join(', ')} (${metricMedians(runs)})${preset === 'mobile' ? `; first frame held back in ${held} of ${RUNS} (see goal 7)` : ''}`,
  });
};

/**
 * Issue 18: Lighthouse (mobile ≥ 98, desktop 100) on the front, section, author and search pages,
 * median of three runs each, with goal 7's machinery; accessibility, best practices and SEO too.
 */
export const listLighthouse = async (site: SiteStack): Promise<Outcome> => {
  const { urls } = await listPageUrls(site);
  const rows: Row[] = [];
  const misses: string[] = [];
  for (const page of PAGES) {
    const runs: Record<'mobile' | 'desktop', Run[]> = { mobile: [], desktop: [] };
    for (let i = 0; i < RUNS; i += 1) for (const preset of ['mobile', 'desktop'] as const) runs[preset].push(await lighthouse(urls[page], preset));
    rows.push(performanceRow(page, 'mobile', runs.mobile), performanceRow(page, 'desktop', runs.desktop));
    const all = [...runs.mobile, ...runs.desktop];
    const worst = (category: 'accessibility' | 'best-practices' | 'seo') => Math.min(median(runs.mobile.map((run) => run.scores[category])), median(runs.desktop.map((run) => run.scores[category])));
    // Search results are `noindex` on purpose (search engines ask sites not to index them), which
    // Lighthouse's SEO category counts against the page (is-crawlable): reported, not judged.
    const judged = page === 'search' ? (['accessibility', 'best-practices'] as const) : (['accessibility', 'best-practices', 'seo'] as const);
    rows.push(
      valueRow({
        goal: '18', figure: `Lighthouse ${judged.join(', ')}, ${page} page (lowest)`, unit: '', measured: Math.min(...judged.map(worst)), op: '>=', limit: 100,
        notes: `lower of the mobile and desktop medians: accessibility ${worst('accessibility')}, best practices ${worst('best-practices')}, SEO ${worst('seo')}${page === 'search' ? ' (noindex by design)' : ''}`,
      }),
    );
    misses.push(`- ${page} (${urls[page].replace(site.web.url, '')}): ${[...new Set(all.flatMap((run) => run.misses))].join(', ') || 'none'}`);
  }
  return { rows, details: { 'Goal 18: Lighthouse audits that cost points on the list pages': misses.join('\n') } };
};
