import Image from 'next/image';
import Link from 'next/link';
import type { Article } from '@derna/contracts';
import { Byline } from './byline';
import { Blocks } from './blocks';

export function Story({ article }: { article: Article }) {
  return (
    <article className="story">
      <header className="story__header">
        {article.category ? (
          <p className="kicker">
            <Link href="/">{article.category.name}</Link>
          </p>
        ) : null}
        <h1 className="story__title">{article.title}</h1>
        {article.dek ? <p className="story__dek">{article.dek}</p> : null}
        <Byline author={article.author} publishedDate={article.publishedDate} dateline={article.dateline} />
      </header>
      {article.cover?.width && article.cover.height ? (
        <figure className="story__cover">
          <Image
            src={article.cover.url}
            alt={article.cover.alt}
            width={article.cover.width}
            height={article.cover.height}
            sizes="(max-width: 720px) 100vw, 720px"
            priority
          />
          {article.cover.caption ? <figcaption>{article.cover.caption}</figcaption> : null}
        </figure>
      ) : null}
      <div className="story__body">
        <Blocks blocks={article.body} />
      </div>
    </article>
  );
}
