import type { Category } from '@derna/contracts';
import { sectionPath } from '@/lib/list-paths';

export function SectionKicker({ section }: { section: Category | null }) {
  if (!section) return null;
  return (
    <p className="kicker">
      <a href={sectionPath(section.slug)}>{section.name}</a>
    </p>
  );
}
