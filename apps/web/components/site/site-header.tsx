import Link from 'next/link';

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
      </div>
    </header>
  );
}
