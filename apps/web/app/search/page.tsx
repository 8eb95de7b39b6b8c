import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { CmsRequestError } from '@derna/cms-client';
import { SEARCH_QUERY_MAX_CHARS } from '@derna/contracts';
import { readerIp } from '@/lib/comments/reader-ip';
import { allowSearch } from '@/lib/search-limit';
import { searchStories } from '@/lib/stories';
import { SearchForm } from '@/components/search/search-form';
import { SearchResults } from '@/components/search/search-results';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

const readQuery = async ({ searchParams }: Props) => {
  const params = await searchParams;
  const page = /^[1-9]\d{0,2}$/.test(first(params.page)) ? Number(first(params.page)) : 1;
  return { q: first(params.q).trim(), page };
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { q } = await readQuery(props);
  // Result pages are not worth indexing; the stories they list are.
  return { title: q ? `Search: ${q.slice(0, 60)}` : 'Search', robots: { index: false, follow: true } };
}

/** Why there are no results to show, or null when the search may run. */
const refusal = async (q: string): Promise<string | null> => {
  if (!q) return 'Type one or more words to search the stories.';
  if (q.length > SEARCH_QUERY_MAX_CHARS) return `Searches are limited to ${SEARCH_QUERY_MAX_CHARS} characters. Please shorten yours.`;
  if (!allowSearch(readerIp(await headers()))) return 'You have searched many times in the last minute. Please wait a minute and try again.';
  return null;
};

/** Server-rendered results: works without JavaScript; the query is only ever text, never markup. */
export default async function SearchPage(props: Props) {
  const { q, page } = await readQuery(props);
  const refused = await refusal(q);
  let results = null;
  let busy = false;
  if (!refused) {
    try {
      results = await searchStories(q, page);
    } catch (error) {
      if (!(error instanceof CmsRequestError && error.status === 429)) throw error;
      busy = true;
    }
  }
  return (
    <div className="search-page">
      <h1 className="front__title">Search</h1>
      <SearchForm id="search-page-query" name="Search again" defaultValue={q} className="search-form search-form--page" />
      {refused ? <p className="search-page__notice">{refused}</p> : null}
      {busy ? <p className="search-page__notice">Search is busy right now. Please try again in a minute.</p> : null}
      {results ? <SearchResults query={q} results={results} /> : null}
    </div>
  );
}
