import { NextResponse, type NextRequest } from 'next/server';
import { SLUG_PATTERN } from '@derna/contracts';
import { isCrossSite } from '@/lib/comments/same-origin';
import { reportComment } from '@/lib/comments/report-comment';
import { reportPath } from '@/lib/story-paths';

type Fields = { comment?: unknown; reason?: unknown; slug?: unknown };

const readFields = async (request: NextRequest): Promise<Fields> => {
  if (request.headers.get('content-type')?.includes('application/json')) return request.json().catch(() => ({}));
  const form = await request.formData().catch(() => null);
  return { comment: form?.get('comment'), reason: form?.get('reason'), slug: form?.get('slug') };
};

/**
 * A reader reports a comment: the report page's plain form (answered with a redirect back to the
 * page, which says what happened) or the dialog's JSON (answered in JSON). No account needed.
 */
export async function POST(request: NextRequest) {
  if (isCrossSite(request.headers)) return NextResponse.json({ message: 'Cross-site reports are refused.' }, { status: 403 });
  const json = request.headers.get('content-type')?.includes('application/json');
  const { comment, reason, slug } = await readFields(request);
  const trimmed = typeof reason === 'string' ? reason.trim() : '';
  const result = await reportComment({ comment, ...(trimmed ? { reason: trimmed } : {}) }, request.headers);
  const code = result.ok ? 'sent' : String(result.status);
  if (json) return NextResponse.json({ result: code }, { status: result.ok ? 201 : result.status });
  if (typeof slug !== 'string' || !SLUG_PATTERN.test(slug) || typeof comment !== 'string' || !/^[a-z0-9]{1,64}$/.test(comment)) {
    return NextResponse.json({ result: code }, { status: result.ok ? 201 : 400 });
  }
  return NextResponse.redirect(new URL(`${reportPath(slug, comment)}?result=${code}`, request.nextUrl), 303);
}
