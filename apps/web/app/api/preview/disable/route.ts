import { draftMode } from 'next/headers';
import { SLUG_PATTERN } from '@derna/contracts';
import { articlePath } from '@/lib/article-metadata';

/**
 * Back to the story the editor was reading, now as readers see it; else the front page. Only a
 * validated slug is taken from the Referer, so the redirect always stays on this site.
 */
const returnPath = (request: Request): string => {
  const referer = request.headers.get('referer');
  if (!referer || !URL.canParse(referer)) return '/';
  const [, section, slug, ...rest] = new URL(referer).pathname.split('/');
  return section === 'news' && slug && SLUG_PATTERN.test(slug) && rest.length === 0 ? articlePath(slug) : '/';
};

/** Leaves draft mode: the banner's form posts here; a GET works too, for a typed address. */
async function exitPreview(request: Request) {
  (await draftMode()).disable();
  return new Response(null, { status: 303, headers: { Location: returnPath(request), 'Cache-Control': 'no-store' } });
}

export const GET = exitPreview;
export const POST = exitPreview;
