import type { Metadata } from 'next';
import { FilteredListPage } from '@/components/lists/filtered-list-page';
import { ListNotFound } from '@/components/lists/list-not-found';
import { permanentRedirect } from 'next/navigation';
import { isFirstPage, laterPageNumber, sectionPath } from '@/lib/list-paths';
import { listMetadata } from '@/lib/list-source';

export const revalidate = 3600;

type Params = { params: Promise<{ slug: string; n: string }> };

export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, n } = await params;
  return listMetadata('section', slug, laterPageNumber(n) ?? 1);
}

export default async function SectionLaterPage({ params }: Params) {
  const { slug, n } = await params;
  if (isFirstPage(n)) permanentRedirect(sectionPath(slug));
  const page = laterPageNumber(n);
  return page ? <FilteredListPage kind="section" slug={slug} page={page} /> : <ListNotFound />;
}
