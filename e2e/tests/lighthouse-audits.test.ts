import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runManaged } from '@derna/testkit';
import { stack } from '../support/stack';

/**
 * Lighthouse's accessibility, best-practices and SEO audits on the pages readers browse, as a phone
 * (Lighthouse's default) and on a desktop: 100 each. Performance scores depend on timing, so they
 * live in `pnpm bench` (goal 7 and goal 18's rows), never here.
 */
const CATEGORIES = ['accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = '--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run';
// The workspace's one Lighthouse, the bench's (goal 7 runs it too).
const LIGHTHOUSE = path.join(__dirname, '..', '..', 'bench', 'node_modules', '.bin', 'lighthouse');

type Lhr = {
  categories: Record<string, { score: number; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { score: number | null; title: string }>;
};

const audit = async (url: string, preset: 'mobile' | 'desktop') => {
  const output = path.join(os.tmpdir(), `derna-e2e-lighthouse-${process.pid}.json`);
  const args = [url, '--quiet', '--output=json', `--output-path=${output}`, `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROME_FLAGS}`];
  await runManaged(LIGHTHOUSE, preset === 'desktop' ? [...args, '--preset=desktop'] : args, {
    cwd: os.tmpdir(),
    env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  });
  const lhr = JSON.parse(fs.readFileSync(output, 'utf8')) as Lhr;
  fs.rmSync(output, { force: true });
  // Each category's score, with the audits that cost points named, so a failure says why.
  return Object.fromEntries(
    CATEGORIES.map((category) => {
      const score = Math.round((lhr.categories[category]?.score ?? 0) * 100);
      const misses = (lhr.categories[category]?.auditRefs ?? [])
        .filter(({ id, weight }) => weight > 0 && (lhr.audits[id]?.score ?? 1) < 1)
        .map(({ id }) => id);
      return [category, misses.length ? `${score} (${misses.join(', ')})` : String(score)];
    }),
  );
};

/** The section and author of the Derna story, as its page links them. */
const browsePaths = async () => {
  const html = await (await fetch(stack.webUrl('/news/libya-haftars-army-in-control-of-derna'))).text();
  const section = html.match(/href="(\/section\/[^"#?]+)"/)?.[1];
  const author = html.match(/href="(\/author\/[^"#?]+)"/)?.[1];
  if (!section || !author) throw new Error('The Derna story links no section or author page');
  return { front: '/', section, author, search: '/search?q=derna' };
};

const PERFECT = Object.fromEntries(CATEGORIES.map((category) => [category, '100']));

/**
 * Search results are kept out of search engines on purpose (`noindex`, as WordPress does since 5.7):
 * Lighthouse's SEO score counts that against the page as "is-crawlable", and nothing else may.
 */
const EXPECTED: Record<string, Record<string, string>> = {
  search: { ...PERFECT, seo: expect.stringMatching(/^\d+ \(is-crawlable\)$/) as unknown as string },
};

describe('Lighthouse audits (accessibility, best practices, SEO) on the browse pages', () => {
  let paths: Record<string, string> = {};
  beforeAll(async () => {
    paths = await browsePaths();
  });

  for (const page of ['front', 'section', 'author', 'search']) {
    for (const preset of ['mobile', 'desktop'] as const) {
      it(`the ${page} page, ${preset}: 100 in each${EXPECTED[page] ? ' (SEO: all but is-crawlable)' : ''}`, async () => {
        expect(await audit(stack.webUrl(paths[page] ?? '/'), preset)).toEqual(EXPECTED[page] ?? PERFECT);
      }, 120_000);
    }
  }

  it('the search page is noindex by design, and only it', async () => {
    const robots = async (path: string) => (await (await fetch(stack.webUrl(path))).text()).match(/<meta name="robots" content="([^"]+)"/)?.[1] ?? '';
    expect(await robots(paths.search ?? '/search?q=derna')).toMatch(/noindex/);
    for (const page of ['front', 'section', 'author']) expect(await robots(paths[page] ?? '/')).not.toMatch(/noindex/);
  });
});
