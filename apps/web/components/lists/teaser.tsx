import type { ReactNode } from 'react';
import type { StorySummary } from '@derna/contracts';
import { articlePath } from '@/lib/story-paths';
import { Byline } from '@/components/story/byline';
import { CommentCount } from './comment-count';
import { SectionKicker } from './section-kicker';

type TeaserProps = {
  story: StorySummary;
  /** The heading level that keeps the page's outline in order. */
  level?: 2 | 3;
  /** Shown under the standfirst (search: the matching passage). */
  children?: ReactNode;
  showCount?: boolean;
};

/** A story in a list: section, title, standfirst, byline, date and approved-comment count. */
export function Teaser({ story, level = 2, children, showCount = true }: TeaserProps) {
  const Heading = `h${level}` as const;
  return (
    <article className="teaser">
      <SectionKicker section={story.category} />
      <Heading className="teaser__title">
        <a href={articlePath(story.slug)}>{story.title}</a>
      </Heading>
      {story.dek ? <p className="teaser__dek">{story.dek}</p> : null}
      {children}
      <Byline author={story.author} publishedDate={story.publishedDate} dateline={story.dateline} />
      {showCount ? <CommentCount slug={story.slug} count={story.commentCount} /> : null}
    </article>
  );
}
