import Link from 'next/link';
import type { DirectoryEntry } from '@derna/contracts';
import { sectionPath } from '@/lib/list-paths';

/**
 * The header's sections, as plain links: no prefetch of every section from every page (next/link
 * would; "Latest" keeps it, as before). On a phone the row scrolls sideways; each link is a tab stop.
 */
export function SectionNav({ sections }: { sections: Pick<DirectoryEntry, 'name' | 'slug'>[] }) {
  return (
    <nav aria-label="Sections" className="site-header__nav">
      <ul className="section-nav">
        <li>
          <Link href="/">Latest</Link>
        </li>
        {sections.map(({ name, slug }) => (
          <li key={slug}>
            <a href={sectionPath(slug)}>{name}</a>
          </li>
        ))}
        <li>
          <a href="/feed.xml">RSS</a>
        </li>
      </ul>
    </nav>
  );
}
