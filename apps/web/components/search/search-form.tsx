import { SEARCH_QUERY_MAX_CHARS } from '@derna/contracts';

type SearchFormProps = {
  /** Unique per page: the header's box and the search page's own. */
  id: string;
  /** The landmark's name; two search landmarks on one page need different ones. */
  name: string;
  defaultValue?: string;
  className?: string;
};

/** A plain GET form to /search: works without JavaScript, labelled, one search landmark. */
export function SearchForm({ id, name, defaultValue, className = 'search-form' }: SearchFormProps) {
  return (
    <form role="search" aria-label={name} action="/search" method="get" className={className}>
      <label htmlFor={id}>Search stories</label>
      <input id={id} type="search" name="q" defaultValue={defaultValue} maxLength={SEARCH_QUERY_MAX_CHARS} required enterKeyHint="search" />
      <button type="submit">Search</button>
    </form>
  );
}
