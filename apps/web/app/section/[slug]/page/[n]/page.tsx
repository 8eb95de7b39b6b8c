import type { Metadata } from 'next';
import { LaterListPage } from '@/components/lists/later-list-page';
import { sectionPath, laterPageNumber } from '@/lib/list-paths';
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
  return <LaterListPage kind="section" slug={slug} n={n} firstPage={sectionPath(slug)} />;
}
