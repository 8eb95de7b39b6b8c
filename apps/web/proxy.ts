import { NextResponse, type NextRequest } from 'next/server';

/**
 * A Reply link without JavaScript: /news/<slug>?replytocom=<id> shows the story with the form
 * under that comment. Only such requests reach this proxy (see the matcher): the story page
 * itself stays static.
 */
export function proxy(request: NextRequest) {
  const commentId = request.nextUrl.searchParams.get('replytocom') ?? '';
  if (!/^[a-z0-9]{1,64}$/.test(commentId)) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = `${url.pathname.replace(/\/$/, '')}/reply/${commentId}`;
  url.searchParams.delete('replytocom');
  return NextResponse.rewrite(url);
}

export const config = {
  matcher: [{ source: '/news/:slug', has: [{ type: 'query', key: 'replytocom' }] }],
};
