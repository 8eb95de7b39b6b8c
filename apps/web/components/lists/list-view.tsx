import type { ReactNode } from 'react';
import type { Pagination as PaginationData, StorySummary } from '@derna/contracts';
import { listPagePath } from '@/lib/list-paths';
import { Pagination } from './pagination';
import { StoryList } from './story-list';

type ListViewProps = {
  title: string;
  /** Under the title: a section's feed link, an author's bio. */
  intro?: ReactNode;
  stories: StorySummary[];
  pagination: PaginationData;
  /** The list's first page ('/', '/section/libya'). */
  base: string;
};

/** A page of a list of stories: its heading, the stories, and the way to the next page. */
export function ListView({ title, intro, stories, pagination, base }: ListViewProps) {
  const heading = pagination.page > 1 ? `${title}, page ${pagination.page}` : title;
  return (
    <div className="front">
      <h1 className="front__title">{heading}</h1>
      {intro}
      {stories.length === 0 ? <p>No stories yet. Check back soon.</p> : <StoryList stories={stories} />}
      <Pagination page={pagination.page} pageCount={pagination.pageCount} pathOf={(page) => listPagePath(base, page)} />
    </div>
  );
}
