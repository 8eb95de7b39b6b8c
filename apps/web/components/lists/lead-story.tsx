import type { StorySummary } from '@derna/contracts';
import { articlePath } from '@/lib/story-paths';
import { Byline } from '@/components/story/byline';
import { Cover } from '@/components/story/cover';
import { CommentCount } from './comment-count';
import { SectionKicker } from './section-kicker';

/** The front page's lead: the featured (or newest) story, with its cover. */
export function LeadStory({ story }: { story: StorySummary }) {
  return (
    <article className="lead-story" aria-labelledby="lead-story-title">
      {story.cover ? <Cover cover={story.cover} credit={story.coverCredit} /> : null}
      <SectionKicker section={story.category} />
      <h2 id="lead-story-title" className="lead-story__title">
        <a href={articlePath(story.slug)}>{story.title}</a>
      </h2>
      {story.dek ? <p className="lead-story__dek">{story.dek}</p> : null}
      <Byline author={story.author} publishedDate={story.publishedDate} dateline={story.dateline} />
      <CommentCount slug={story.slug} count={story.commentCount} />
    </article>
  );
}
