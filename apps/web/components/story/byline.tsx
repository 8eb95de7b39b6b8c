import type { Article } from '@derna/contracts';
import { formatDate } from '@/lib/format-date';
import { authorPath } from '@/lib/list-paths';

type BylineProps = Pick<Article, 'author' | 'publishedDate' | 'dateline'> & { readingMinutes?: number };

export function Byline({ author, publishedDate, dateline, readingMinutes }: BylineProps) {
  return (
    <p className="byline">
      {author ? (
        <span className="byline__author">
          By <a href={authorPath(author.slug)}>{author.name}</a>
        </span>
      ) : null}
      <span className="byline__meta">
        <time dateTime={publishedDate}>{formatDate(publishedDate)}</time>
        {dateline ? (
          <>
            <span aria-hidden="true"> · </span>
            <span className="byline__dateline">{dateline}</span>
          </>
        ) : null}
        {readingMinutes ? (
          <>
            <span aria-hidden="true"> · </span>
            <span className="byline__reading-time">{readingMinutes} min read</span>
          </>
        ) : null}
      </span>
    </p>
  );
}
