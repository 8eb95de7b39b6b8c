import type { Article } from '@derna/contracts';
import { formatDate } from '@/lib/format-date';

type BylineProps = Pick<Article, 'author' | 'publishedDate' | 'dateline'>;

export function Byline({ author, publishedDate, dateline }: BylineProps) {
  return (
    <p className="byline">
      {author ? <span className="byline__author">By {author.name}</span> : null}
      <span className="byline__meta">
        <time dateTime={publishedDate}>{formatDate(publishedDate)}</time>
        {dateline ? (
          <>
            <span aria-hidden="true"> · </span>
            <span className="byline__dateline">{dateline}</span>
          </>
        ) : null}
      </span>
    </p>
  );
}
