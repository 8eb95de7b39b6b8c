import Link from 'next/link';
import { getArticleList } from '@/lib/cms';
import { Byline } from '@/components/story/byline';

export const revalidate = 3600;

export default async function HomePage() {
  const { articles } = await getArticleList();
  return (
    <div className="front">
      <h1 className="front__title">Latest news</h1>
      {articles.length === 0 ? (
        <p>No stories yet. Check back soon.</p>
      ) : (
        <ol className="front__list">
          {articles.map((article) => (
            <li key={article.documentId}>
              <article className="teaser">
                {article.category ? <p className="kicker">{article.category.name}</p> : null}
                <h2 className="teaser__title">
                  <Link href={`/news/${article.slug}`}>{article.title}</Link>
                </h2>
                {article.dek ? <p className="teaser__dek">{article.dek}</p> : null}
                <Byline author={article.author} publishedDate={article.publishedDate} dateline={article.dateline} />
              </article>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
