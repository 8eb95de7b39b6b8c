import Link from 'next/link';
import type { Article } from '@derna/contracts';
import { Byline } from './byline';
import { Cover } from './cover';
import { StoryBody } from './story-body';

export function Story({ article }: { article: Article }) {
  return (
    <article className="story" aria-labelledby="story-title">
      <header className="story__header">
        {article.category ? <p className="kicker">{article.category.name}</p> : null}
        <h1 id="story-title" className="story__title">
          {article.title}
        </h1>
        {article.dek ? <p className="story__dek">{article.dek}</p> : null}
        <Byline author={article.author} publishedDate={article.publishedDate} dateline={article.dateline} />
      </header>
      {article.cover ? <Cover cover={article.cover} /> : null}
      <StoryBody blocks={article.body} />
      <p className="story__more-news">
        <Link href="/">More news</Link>
      </p>
    </article>
  );
}
