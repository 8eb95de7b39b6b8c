import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import { slugSchema } from '@derna/contracts';
import { env } from '@/lib/env';
import { secretMatches } from '@/lib/secret';
import { articlePath } from '@/lib/article-metadata';

/**
 * The CMS's preview link: checks the shared secret, turns draft mode on and opens the story.
 * The redirect is built from a validated slug only, so it can never leave the site.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  if (!env.PREVIEW_SECRET || !env.CMS_API_TOKEN) {
    return new Response('Preview is not configured on this site (PREVIEW_SECRET and CMS_API_TOKEN).', { status: 503 });
  }
  if (!secretMatches(params.get('secret'), env.PREVIEW_SECRET)) {
    return new Response('Invalid preview link. Open the preview again from the CMS.', { status: 401 });
  }
  const slug = slugSchema.safeParse(params.get('slug'));
  if (!slug.success) return new Response('Invalid or missing slug.', { status: 400 });

  const draft = await draftMode();
  // "published" asks for what readers see: the live page, without draft mode.
  if (params.get('status') === 'published') draft.disable();
  else draft.enable();
  redirect(articlePath(slug.data));
}
