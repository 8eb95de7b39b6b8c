import { revalidateTag } from 'next/cache';
import { after } from 'next/server';
import { REVALIDATE_SECRET_HEADER, revalidateRequestSchema } from '@derna/contracts';
import { env } from '@/lib/env';
import { secretMatches } from '@/lib/secret';
import { readCmsRecently } from '@/lib/cms-reads';
import { refreshStoriesAtEdge } from '@/lib/edge-refresh';

/**
 * Next takes a page or fetch for fresh when it was stored after its tags were revalidated, and
 * times it by when it was stored: one whose render began before this call, reading old content,
 * and ended after it would stay until the hourly fallback (vercel/next.js#69064). Old content is
 * not only the CMS before its change: one change comes in several calls (the CMS sends the tags
 * to drop at once first, then the others), and a render between them reads Next's still-fresh
 * copy of the lists. So when a render may be under way (this process read the CMS, or Next's
 * cache of it, within RENDER_WINDOW_MS, or the cache is shared with replicas whose renders it
 * cannot see), the tags go again SETTLE_MS later, once such renders are done. On a quiet site
 * that costs nothing; otherwise one more render.
 */
const SETTLE_MS = 1000;
const RENDER_WINDOW_MS = 1000;
const sharedCache = Boolean(process.env.REDIS_URL);

/**
 * The CMS calls this after an article changes. By default the next reader still gets the cached
 * page while a fresh one renders (and keeps it if the CMS fails meanwhile); `immediate` drops it.
 * The story pages it names are then replaced at the edge too, once this answer is sent.
 */
export async function POST(request: Request) {
  if (!secretMatches(request.headers.get(REVALIDATE_SECRET_HEADER), env.REVALIDATE_SECRET)) {
    return Response.json({ error: 'Invalid or missing revalidation secret.' }, { status: 401 });
  }
  const parsed = revalidateRequestSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
    return Response.json({ error: 'Expected { tags: string[] } of known tags.', problems }, { status: 400 });
  }
  const { tags, immediate = false, stories = [] } = parsed.data;
  const revalidate = () => {
    for (const tag of tags) revalidateTag(tag, immediate ? { expire: 0 } : 'max');
  };
  const renderMayStraddle = sharedCache || readCmsRecently(RENDER_WINDOW_MS);
  revalidate();
  // Next applies the revalidation as this answer is sent; the story pages are then asked for
  // again through the edge. A revalidation made in after() is applied only once every after()
  // task is done, so the second pass has no refresh of its own: in that rare case the edge's copy
  // expires by itself.
  after(() => refreshStoriesAtEdge(stories));
  if (renderMayStraddle) {
    after(async () => {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      revalidate();
    });
  }
  return Response.json({ revalidated: true, tags, immediate, now: Date.now() });
}
