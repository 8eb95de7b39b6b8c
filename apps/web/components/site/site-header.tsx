import Link from 'next/link';
import { SearchForm } from '@/components/search/search-form';

export function SiteHeader({ siteName }: { siteName: string }) {
  return (
    <header className="site-header" id="top" tabIndex={-1}>
      <div className="site-header__inner">
        <Link href="/" className="site-header__name">
          {siteName}
        </Link>
        <nav aria-label="Sections" className="site-header__nav">
          <Link href="/">Latest</Link>
          <a href="/feed.xml">RSS</a>
        </nav>
        <SearchForm id="site-search" name="Site search" className="search-form search-form--header" />
      </div>
    </header>
  );
}
