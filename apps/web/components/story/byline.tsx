import type { Article } from '@derna/contracts';
import { formatDate } from '@/lib/format-date';

type BylineProps = Pick<Article, 'author' | 'publishedDate' | 'dateline'>;

export function Byline({ author, publishedDate, dateline }: BylineProps) {
  return (
    <p className="byline">
      {author ? <span className="byline__author">By {author.name}</span> : null}
      <time dateTime={publishedDate}>{formatDate(publishedDate)}</time>
      {dateline ? <span className="byline__dateline">{dateline}</span> : null}
    </p>
  );
}
