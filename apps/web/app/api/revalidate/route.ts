import { revalidateTag } from 'next/cache';
import { REVALIDATE_SECRET_HEADER, revalidateRequestSchema } from '@derna/contracts';
import { env } from '@/lib/env';
import { secretMatches } from '@/lib/secret';

/**
 * The CMS calls this after an article changes. By default the next reader still gets the cached
 * page while a fresh one renders (and keeps it if the CMS fails meanwhile); `immediate` drops it.
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
  const { tags, immediate = false } = parsed.data;
  for (const tag of tags) revalidateTag(tag, immediate ? { expire: 0 } : 'max');
  return Response.json({ revalidated: true, tags, immediate, now: Date.now() });
}
