import type { StorySummary } from '@derna/contracts';
import { Teaser } from './teaser';

type StoryListProps = { stories: StorySummary[]; level?: 2 | 3; showCount?: boolean; className?: string };

export function StoryList({ stories, level = 2, showCount = true, className = 'front__list' }: StoryListProps) {
  return (
    <ol className={className}>
      {stories.map((story) => (
        <li key={story.documentId}>
          <Teaser story={story} level={level} showCount={showCount} />
        </li>
      ))}
    </ol>
  );
}
