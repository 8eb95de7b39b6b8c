
type PaginationProps = {
  page: number;
  pageCount: number;
  /** The address of a page number. */
  pathOf: (page: number) => string;
  label?: string;
};

/** Previous and next pages as a labelled navigation landmark; links carry rel=prev/next. */
export function Pagination({ page, pageCount, pathOf, label = 'Pages' }: PaginationProps) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={label}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={pathOf(page - 1)} rel="prev">
              <span aria-hidden="true">← </span>Newer<span className="visually-hidden"> stories, page {page - 1}</span>
            </a>
          </li>
        ) : null}
        <li aria-current="page">
          Page {page} of {pageCount}
        </li>
        {page < pageCount ? (
          <li>
            <a href={pathOf(page + 1)} rel="next">
              Older<span className="visually-hidden"> stories, page {page + 1}</span>
              <span aria-hidden="true"> →</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
