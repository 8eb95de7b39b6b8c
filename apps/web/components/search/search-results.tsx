import type { SearchResults as Results } from '@derna/contracts';
import { searchPath } from '@/lib/list-paths';
import { Pagination } from '@/components/lists/pagination';
import { Teaser } from '@/components/lists/teaser';
import { Passage } from './passage';

/** A page of results for `query`, or a clear message when nothing matches. */
export function SearchResults({ query, results }: { query: string; results: Results }) {
  const { hits, pagination } = results;
  if (pagination.total === 0) {
    return (
      <div className="search-results" aria-live="polite">
        <h2 className="search-results__summary">No stories match “{query}”</h2>
        <p>Check the spelling, try fewer or more general words, or browse the latest news.</p>
      </div>
    );
  }
  const summary = `${pagination.total} ${pagination.total === 1 ? 'story matches' : 'stories match'} “${query}”`;
  return (
    <div className="search-results">
      <h2 className="search-results__summary">
        {summary}
        {pagination.page > 1 ? `, page ${pagination.page}` : null}
      </h2>
      {hits.length === 0 ? (
        <p>There are no more results. Go back to the first page.</p>
      ) : (
        <ol className="front__list">
          {hits.map((hit) => (
            <li key={hit.documentId}>
              <Teaser story={hit} level={3} showCount={false}>
                <Passage parts={hit.passage} />
              </Teaser>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={pagination.page} pageCount={pagination.pageCount} pathOf={(page) => searchPath(query, page)} label="Search result pages" />
    </div>
  );
}
