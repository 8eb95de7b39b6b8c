import { articlePath } from '@/lib/story-paths';

/** "3 comments": the story's approved comments, linking to them. */
export function CommentCount({ slug, count }: { slug: string; count: number }) {
  return (
    <p className="teaser__comments">
      <a href={`${articlePath(slug)}#comments`}>
        {count} comment{count === 1 ? '' : 's'}
      </a>
    </p>
  );
}
