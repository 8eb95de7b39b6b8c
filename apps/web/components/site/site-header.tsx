import { SearchForm } from '@/components/search/search-form';
import { getStoryDirectory } from '@/lib/stories';
import { SectionNav } from './section-nav';

/** Server-rendered only: the sections come from one cached fetch, refreshed by the `articles` tag. */
export async function SiteHeader({ siteName }: { siteName: string }) {
  const { sections } = await getStoryDirectory();
  return (
    <header className="site-header" id="top" tabIndex={-1}>
      <div className="site-header__inner">
        <a href="/" className="site-header__name">
          {siteName}
        </a>
        <SectionNav sections={sections} />
        <SearchForm id="site-search" name="Site search" className="search-form search-form--header" />
      </div>
    </header>
  );
}
