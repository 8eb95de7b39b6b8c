import type { DirectoryEntry } from '@derna/contracts';
import { sectionPath } from '@/lib/list-paths';

/**
 * The header's sections, as plain links, like every link of the site's server components: next/link
 * is a client component (one per link to hydrate, about 80 on a list page) that prefetches every
 * link in view, which on a list page cost the phone its main thread during load (bench goal 18).
 * Pages are cached (ISR, the edge), so a full navigation is quick. On a phone the row scrolls
 * sideways; each link is a tab stop.
 */
export function SectionNav({ sections }: { sections: Pick<DirectoryEntry, 'name' | 'slug'>[] }) {
  return (
    <nav aria-label="Sections" className="site-header__nav">
      <ul className="section-nav">
        <li>
          <a href="/">Latest</a>
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
