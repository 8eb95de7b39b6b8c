import type { Article } from '@derna/contracts';
import type { Crumb } from '@/lib/breadcrumbs';
import { readingMinutes } from '@/lib/reading-time';
import { Breadcrumb } from './breadcrumb';
import { Byline } from './byline';
import { Cover } from './cover';
import { ShareLinks } from './share-links';
import { StoryBody } from './story-body';

type StoryProps = { article: Article; crumbs: Crumb[]; url: string };

export function Story({ article, crumbs, url }: StoryProps) {
  return (
    <article className="story" aria-labelledby="story-title">
      <header className="story__header">
        <Breadcrumb crumbs={crumbs} />
        <h1 id="story-title" className="story__title">
          {article.title}
        </h1>
        {article.dek ? <p className="story__dek">{article.dek}</p> : null}
        <Byline
          author={article.author}
          publishedDate={article.publishedDate}
          dateline={article.dateline}
          readingMinutes={readingMinutes(article.body)}
        />
      </header>
      {article.cover ? <Cover cover={article.cover} credit={article.coverCredit} /> : null}
      <StoryBody blocks={article.body} />
      <ShareLinks url={url} title={article.title} />
      <p className="story__more-news">
        <a href="/">More news</a>
      </p>
    </article>
  );
}
