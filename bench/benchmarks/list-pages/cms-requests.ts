import { articleEditor, buildArticle } from '@derna/testkit';
import { valueRow, type Outcome } from '../../support/report';
import type { SiteStack } from '../../support/stack';
import { waitUntil } from '../../support/wait';
import { describe, readerRun } from '../cms-requests';

/**
 * Issue 18: readers of the front page cost the CMS nothing, also while an editor publishes a
 * story mid-run (the front page then renders once: its fetches tagged `articles`, and the
 * header's sections).
 */
export const frontPageCmsRequests = async (site: SiteStack): Promise<Outcome> => {
  const front = `${site.web.url}/`;
  const quiet = await readerRun(site, undefined, front);
  const story = buildArticle({ title: `Published in the middle of a front-page load run ${Date.now()}` });
  const publish = async () => {
    const editor = articleEditor(site.admin);
    const created = await editor.createDraft(story);
    if (created.status !== 201) throw new Error(`Could not create the story: HTTP ${created.status}`);
    const published = await editor.publish(created.body.data.documentId);
    if (published.status !== 200) throw new Error(`Could not publish the story: HTTP ${published.status}`);
  };
  const publishing = await readerRun(site, publish, front);
  // The story must have reached the front page, or counting nothing would prove nothing.
  const shown = await waitUntil(async () => (await (await fetch(front)).text()).includes(story.slug as string), 10_000);
  const row = valueRow({
    goal: '18', figure: 'CMS requests during 10,000 front-page views, a story published mid-run', unit: 'req', measured: publishing.seen.length, op: '<=', limit: 2,
    notes: `${describe(publishing.seen, publishing.result.rps)}; published at response 5,000; ${shown === null ? 'the story was NOT on the front page 10 s later' : 'the story is on the front page'}`,
  });
  return {
    rows: [
      valueRow({ goal: '18', figure: 'CMS requests during 10,000 front-page views', unit: 'req', measured: quiet.seen.length, op: '<=', limit: 2, notes: describe(quiet.seen, quiet.result.rps) }),
      { ...row, pass: row.pass && shown !== null },
    ],
  };
};
