import { load } from '../support/load';
import { valueRow, type Outcome } from '../support/report';
import { moderate, postComment, type SiteStack } from '../support/stack';
import { round, sleep } from '../support/stats';
import { waitUntil } from '../support/wait';

const REQUESTS = 10_000;

/** One 10,000-request run on a page (the story's by default); what the site asked Strapi meanwhile (at the proxy). */
export const readerRun = async (site: SiteStack, midRun?: () => Promise<void>, url = site.storyUrl) => {
  site.proxy.reset();
  let action: Promise<void> | undefined;
  const result = await load({
    url,
    connections: 16,
    amount: REQUESTS,
    onResponse: (count) => {
      if (midRun && count === REQUESTS / 2) action = midRun();
    },
  });
  await action;
  // A background regeneration started by the last requests still counts.
  await sleep(1000);
  return { result, seen: site.proxy.seen() };
};

export const describe = (seen: string[], rps: number) =>
  `${seen.length ? seen.map((request) => request.replace(/\?.*/, '?…')).join(', ') : 'none'}; ${round(rps, 0)} req/s`;

/** Goal 2: readers cause no CMS request, also while a moderator approves a comment mid-run. */
export const cmsRequestsPerReader = async (site: SiteStack): Promise<Outcome> => {
  const quiet = await readerRun(site);

  const body = `Approved in the middle of a load run ${Date.now()}`;
  const posted = await postComment(site.web.url, { article: site.articleId, body, email: 'mid-run@example.com' });
  if (posted.status !== 201 || !posted.id) throw new Error(`Could not post the comment to approve: HTTP ${posted.status}`);
  const approving = await readerRun(site, () => moderate(site.moderator, [posted.id as string]));
  // The approval must have reached the page, or counting nothing would prove nothing.
  const shown = await waitUntil(async () => (await (await fetch(site.storyUrl)).text()).includes(body), 10_000);

  const approvedRow = valueRow({
    goal: '2', figure: '… with a comment approved mid-run', unit: 'req', measured: approving.seen.length, op: '<=', limit: 2,
    notes: `${describe(approving.seen, approving.result.rps)}; approved at response ${REQUESTS / 2}; ${shown === null ? 'the comment was NOT on the page 10 s later' : 'the comment is on the page'}`,
  });
  return {
    rows: [
      valueRow({ goal: '2', figure: 'CMS requests during 10,000 page views', unit: 'req', measured: quiet.seen.length, op: '<=', limit: 2, notes: describe(quiet.seen, quiet.result.rps) }),
      { ...approvedRow, pass: approvedRow.pass && shown !== null },
    ],
  };
};
