import { permanentRedirect } from 'next/navigation';
import { isFirstPage, laterPageNumber } from '@/lib/list-paths';
import type { ListKind } from '@/lib/list-source';
import { FilteredListPage } from './filtered-list-page';
import { ListNotFound } from './list-not-found';

/** Page n of a section or an author: page 1 lives at the list's own address; junk is a 404. */
export function LaterListPage({ kind, slug, n, firstPage }: { kind: ListKind; slug: string; n: string; firstPage: string }) {
  if (isFirstPage(n)) permanentRedirect(firstPage);
  const page = laterPageNumber(n);
  return page ? <FilteredListPage kind={kind} slug={slug} page={page} /> : <ListNotFound />;
}
