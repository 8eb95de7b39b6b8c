import 'server-only';
import { connection } from 'next/server';
import { PHASE_PRODUCTION_BUILD } from 'next/constants';
import { isCmsError } from '@derna/cms-client';

/**
 * Runs a CMS read; at `next build` with no CMS to reach (an image build, where the CMS only runs
 * later, beside the site), the page or route that asked is left to render on request instead of
 * failing the build. With a CMS up (`pnpm start`, the tests, the bench) nothing changes: it is
 * prerendered from real content as before. At run time an outage still throws, so a cached page
 * is kept rather than replaced.
 */
export async function renderOnRequestWithoutCmsAtBuild<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const building = process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD;
    // connection() stops the static render here: Next then marks the route as rendered per request.
    if (building && isCmsError(error) && error.name === 'CmsUnavailableError') await connection();
    throw error;
  }
}
