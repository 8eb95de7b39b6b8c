import type { Category, StorySummary } from '@derna/contracts';
import { StoryList } from '@/components/lists/story-list';

/** Newest stories of the same section (never this one), under the story. */
export function RelatedStories({ section, stories }: { section: Category | null; stories: StorySummary[] }) {
  if (!section || stories.length === 0) return null;
  return (
    <section className="related" aria-labelledby="related-title">
      <h2 id="related-title" className="related__title">
        More from {section.name}
      </h2>
      <StoryList stories={stories} level={3} showCount={false} className="related__list" />
    </section>
  );
}
