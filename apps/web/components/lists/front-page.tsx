import { getStoryList } from '@/lib/stories';
import { listPagePath } from '@/lib/list-paths';
import { LeadStory } from './lead-story';
import { ListNotFound } from './list-not-found';
import { ListView } from './list-view';
import { Pagination } from './pagination';
import { StoryList } from './story-list';

/**
 * The front page (page 1: the lead story, then the latest) and its later pages (/page/n: the
 * latest only). The lead is the newest story an editor featured, or else the newest story.
 */
export async function FrontPage({ page }: { page: number }) {
  const list = await getStoryList(page === 1 ? { lead: true } : {}, page);
  if (!list || (page > 1 && page > list.pagination.pageCount)) return <ListNotFound />;
  if (page > 1) return <ListView title="Latest news" stories={list.stories} pagination={list.pagination} base="/" />;

  const lead = list.lead ?? list.stories[0];
  const latest = list.stories.filter(({ documentId }) => documentId !== lead?.documentId);
  return (
    <div className="front">
      <h1 className="front__title">Latest news</h1>
      {lead ? <LeadStory story={lead} /> : <p>No stories yet. Check back soon.</p>}
      {latest.length ? <StoryList stories={latest} /> : null}
      <Pagination page={1} pageCount={list.pagination.pageCount} pathOf={(n) => listPagePath('/', n)} />
    </div>
  );
}
