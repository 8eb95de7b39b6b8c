import { NextResponse, type NextRequest } from 'next/server';
import { documentIdSchema } from '@derna/contracts';
import { isCrossSite } from '@/lib/comments/same-origin';
import { submitComment } from '@/lib/comments/submit-comment';
import { getCommentPage } from '@/lib/cms';
import { readTextCapped } from '@/lib/http/read-capped';

const MAX_BODY_BYTES = 300_000;

const problem = (status: number, message: string, errors: Partial<Record<string, string>> = {}) =>
  NextResponse.json({ error: { status, message, errors } }, { status });

/** A page of approved comments, from Next's cache (tagged, refreshed on moderation). */
export async function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  const article = documentIdSchema.safeParse(params.get('article'));
  const page = Number(params.get('page') ?? '1');
  if (!article.success || !Number.isInteger(page) || page < 1 || page > 10_000) return problem(400, 'Invalid comment query.');
  try {
    return NextResponse.json(await getCommentPage(article.data, page, params.get('pinnedAt') ?? undefined));
  } catch {
    return problem(503, 'Comments are temporarily unavailable.');
  }
}

/** JSON submissions (scripts, tests, load); the story page's form uses the server action. */
export async function POST(request: NextRequest) {
  if (isCrossSite(request.headers)) return problem(403, 'Cross-site comment submissions are refused.');
  if (Number(request.headers.get('content-length') ?? '0') > MAX_BODY_BYTES) return problem(413, 'Your comment is too large to send.');
  if (!request.headers.get('content-type')?.includes('application/json')) return problem(415, 'Send the comment as JSON.');
  const raw = await readTextCapped(request, MAX_BODY_BYTES);
  if (raw === null) return problem(413, 'Your comment is too large to send.');

  let payload: unknown;
  try {
    payload = JSON.parse(raw);
  } catch {
    return problem(400, 'The request body is not valid JSON.');
  }
  const { signals, notify, ...comment } = (payload && typeof payload === 'object' ? payload : {}) as Record<string, unknown> & {
    signals?: { honeypot?: unknown; renderedAt?: unknown };
    notify?: unknown;
  };
  const honeypot = typeof signals?.honeypot === 'string' ? signals.honeypot : '';
  const renderedAt = typeof signals?.renderedAt === 'number' ? signals.renderedAt : null;
  const result = await submitComment(comment, { honeypot, renderedAt, notify: notify === true }, request.headers);
  if (!result.ok) return problem(result.status, result.message, result.errors);
  return NextResponse.json({ comment: result.comment }, { status: 201 });
}
