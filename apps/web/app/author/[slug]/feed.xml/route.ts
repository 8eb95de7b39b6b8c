import { listFeedResponse } from '@/lib/list-feed';

// Built on first request, served from the cache, refreshed when the CMS revalidates `articles`.
export const dynamic = 'force-static';
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return listFeedResponse('author', (await params).slug);
}
