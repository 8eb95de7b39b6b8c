import { NextResponse, type NextRequest } from 'next/server';
import { unsubscribe } from '@/lib/unsubscribe';

const STATUS = { done: 200, invalid: 400, unavailable: 503 } as const;

/**
 * One-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click` here, from
 * anywhere, with the signed token in the address; the unsubscribe page's form posts here too and
 * is sent back to the page with the result. The token is the only credential.
 */
export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token') ?? '';
  const form = await request.formData().catch(() => null);
  const result = await unsubscribe(token);
  if (form?.get('from') === 'page') {
    return NextResponse.redirect(new URL(`/unsubscribe?result=${result}`, request.nextUrl), 303);
  }
  return new NextResponse(result === 'done' ? 'Unsubscribed.\n' : 'Not unsubscribed.\n', {
    status: STATUS[result],
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/** A person who opens the link itself gets the page with the button: a GET never unsubscribes. */
export function GET(request: NextRequest) {
  const token = request.nextUrl.searchParams.get('token') ?? '';
  return NextResponse.redirect(new URL(`/unsubscribe?token=${encodeURIComponent(token)}`, request.nextUrl), 303);
}
