import type { Metadata } from 'next';
import { FilteredListPage } from '@/components/lists/filtered-list-page';
import { listMetadata } from '@/lib/list-source';

export const revalidate = 3600;

type Params = { params: Promise<{ slug: string }> };

/** None at build time: each page renders on its first request, then stays cached. */
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  return listMetadata('author', (await params).slug);
}

export default async function AuthorPage({ params }: Params) {
  return <FilteredListPage kind="author" slug={(await params).slug} page={1} />;
}
