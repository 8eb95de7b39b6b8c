import type { Crumb } from '@/lib/breadcrumbs';

/** Where the page sits: Home › Section › this story (the last step is the page itself). */
export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        {crumbs.map((crumb) => (
          <li key={`${crumb.name}${crumb.path ?? ''}`}>
            {crumb.path ? <a href={crumb.path}>{crumb.name}</a> : <span aria-current="page">{crumb.name}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
