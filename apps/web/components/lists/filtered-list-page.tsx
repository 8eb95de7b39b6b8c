import { getListSource, type ListKind } from '@/lib/list-source';
import { ListNotFound } from './list-not-found';
import { ListView } from './list-view';

/** A section's or an author's stories, newest first, a page at a time; 404 if unknown. */
export async function FilteredListPage({ kind, slug, page }: { kind: ListKind; slug: string; page: number }) {
  const source = await getListSource(kind, slug, page);
  if (!source || page > Math.max(1, source.list.pagination.pageCount)) return <ListNotFound />;
  const intro = (
    <div className="list-intro">
      {source.bio ? <p className="list-intro__bio">{source.bio}</p> : null}
      <p className="list-intro__feed">
        <a href={source.feed}>RSS feed of {kind === 'section' ? 'this section' : `${source.name}’s stories`}</a>
      </p>
    </div>
  );
  return <ListView title={source.name} intro={intro} stories={source.list.stories} pagination={source.list.pagination} base={source.base} />;
}
