import { ratioRow, valueRow, type Outcome } from '../support/report';
import { scriptWeights, type ScriptWeight } from '../support/scripts';
import { readsWithoutJavaScript } from '../support/no-javascript';
import type { SiteStack } from '../support/stack';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const list = (scripts: ScriptWeight[]) =>
  scripts.map(({ url, bytes, gzipBytes }) => `- \`${new URL(url).pathname}\`: ${kb(bytes)}, gzip ${kb(gzipBytes)}`).join('\n');

/**
 * Goal 3: the JavaScript a modern browser loads for the story page (gzip bytes of every script the
 * HTML references), against the minimal Next page; and what works with none of it.
 */
export const javascriptWeight = async (site: SiteStack, minimalUrl: string): Promise<Outcome> => {
  const [story, minimal] = await Promise.all([scriptWeights(site.storyUrl), scriptWeights(minimalUrl)]);
  const noJs = await readsWithoutJavaScript(site);
  return {
    rows: [
      ratioRow({
        goal: '3', figure: 'JavaScript for the story page (gzip)', unit: 'B', measured: story.gzipBytes, baseline: minimal.gzipBytes, op: '<=', limit: 1.1,
        notes: `${story.scripts.length} scripts vs ${minimal.scripts.length}; uncompressed ${kb(story.bytes)} vs ${kb(minimal.bytes)}; budget test: apps/web/tests/html/js-budget.test.ts`,
      }),
      { ...valueRow({ goal: '3', figure: 'Reading and commenting without JavaScript', unit: 'checks failed', measured: noJs.failed.length, op: '<=', limit: 0 }), notes: noJs.summary },
    ],
    details: { 'Goal 3: scripts': `Story page:\n\n${list(story.scripts)}\n\nMinimal page:\n\n${list(minimal.scripts)}` },
  };
};
