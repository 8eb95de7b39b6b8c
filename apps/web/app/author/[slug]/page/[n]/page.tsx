import type { Metadata } from 'next';
import { FilteredListPage } from '@/components/lists/filtered-list-page';
import { ListNotFound } from '@/components/lists/list-not-found';
import { permanentRedirect } from 'next/navigation';
import { authorPath, isFirstPage, laterPageNumber } from '@/lib/list-paths';
import { listMetadata } from '@/lib/list-source';

export const revalidate = 3600;

type Params = { params: Promise<{ slug: string; n: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, n } = await params;
  return listMetadata('author', slug, laterPageNumber(n) ?? 1);
}

export default async function AuthorLaterPage({ params }: Params) {
  const { slug, n } = await params;
  if (isFirstPage(n)) permanentRedirect(authorPath(slug));
  const page = laterPageNumber(n);
  return page ? <FilteredListPage kind="author" slug={slug} page={page} /> : <ListNotFound />;
}
