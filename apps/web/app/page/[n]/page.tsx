import type { Metadata } from 'next';
import { FrontPage } from '@/components/lists/front-page';
import { ListNotFound } from '@/components/lists/list-not-found';
import { permanentRedirect } from 'next/navigation';
import { isFirstPage, laterPageNumber } from '@/lib/list-paths';

export const revalidate = 3600;

type Params = { params: Promise<{ n: string }> };

/** None at build time: each page renders on its first request, then stays cached. */
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return { title: `Latest news, page ${(await params).n}` };
}

export default async function LatestPage({ params }: Params) {
  const { n } = await params;
  if (isFirstPage(n)) permanentRedirect('/');
  const page = laterPageNumber(n);
  return page ? <FrontPage page={page} /> : <ListNotFound />;
}
