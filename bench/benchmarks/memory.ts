import { load } from '../support/load';
import { sampleRss } from '../support/processes';
import { valueRow, type Outcome } from '../support/report';
import type { BaselineSite } from '../support/baseline-next';
import { postComment, type SiteStack } from '../support/stack';
import { round } from '../support/stats';

const SECONDS = 10;

/** Readers of the story, readers of the comments API and writers of comments, all at once. */
const mixedLoad = async (site: SiteStack) => {
  const started = performance.now();
  let posted = 0;
  const writer = async () => {
    while (performance.now() - started < SECONDS * 1000) {
      await postComment(site.web.url, { article: site.articleId, body: `Memory load ${started}-${posted++}`, email: `memory-${posted}@example.com` });
    }
  };
  await Promise.all([
    load({ url: site.storyUrl, connections: 16, duration: SECONDS }),
    load({ url: `${site.cms.url}/api/comments?article=${site.articleId}`, connections: 10, duration: SECONDS }),
    writer(),
    writer(),
  ]);
  return posted;
};

/** The minimal Next page under the story page's share of that load, for comparison. */
const minimalPeak = async (minimal: BaselineSite) => {
  const stop = sampleRss({ minimal: minimal.group }, 250);
  await load({ url: minimal.url, connections: 16, duration: SECONDS });
  return stop().minimal;
};

/**
 * Goal 8: resident memory of each server's whole process tree (VmRSS of every process in its
 * group), sampled every 250 ms while the load runs; the maximum.
 */
export const memoryUnderLoad = async (site: SiteStack, minimal: BaselineSite): Promise<Outcome> => {
  const idle = sampleRss(site.groups)();
  const stop = sampleRss(site.groups, 250);
  const posted = await mixedLoad(site);
  const peak = stop();
  const next = await minimalPeak(minimal);
  const what = `${SECONDS} s of story-page load (16 connections), comments-API load on the CMS (10) and ${posted} comment posts; idle before`;
  return {
    rows: [
      {
        ...valueRow({ goal: '8', figure: 'Site (next start) peak RSS under load', unit: 'MB', measured: round(peak.web, 0), op: '<=', limit: 200 }),
        baseline: round(next, 0),
        ratio: round(peak.web / next, 3),
        notes: `${what}: ${round(idle.web, 0)} MB. Baseline: the minimal Next page under 16 connections for ${SECONDS} s (for comparison; the goal is absolute)`,
      },
      valueRow({ goal: '8', figure: 'CMS (Strapi) peak RSS under load', unit: 'MB', measured: round(peak.cms, 0), op: '<=', limit: 500, notes: `${what}: ${round(idle.cms, 0)} MB` }),
    ],
  };
};
