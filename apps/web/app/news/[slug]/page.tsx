import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getArticle, getArticleList } from '@/lib/cms';
import { articleMetadata } from '@/lib/article-metadata';
import { newsArticleJsonLd } from '@/lib/json-ld';
import { site } from '@/lib/site';
import { Story } from '@/components/story/story';
import { CommentSection } from '@/components/comments/comment-section';
import { JsonLd } from '@/components/site/json-ld';

export const revalidate = 3600;

type Params = { params: Promise<{ slug: string }> };

/** Prerender what exists at build time; later stories render on first request, then stay cached. */
export async function generateStaticParams() {
  try {
    const { articles } = await getArticleList();
    return articles.map(({ slug }) => ({ slug }));
  } catch {
    return [];
  }
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) return { title: 'Story not found', robots: { index: false } };
  return articleMetadata(article, site);
}

export default async function StoryPage({ params }: Params) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  // Comments arrive with the comments API; until then the section shows an empty, working form.
  const comments = { items: [], total: 0 };
  return (
    <>
      <Story article={article} />
      <CommentSection
        articleId={article.documentId}
        commentStatus={article.commentStatus}
        comments={comments.items}
        total={comments.total}
      />
      <JsonLd data={newsArticleJsonLd(article, { ...site, commentCount: comments.total })} />
    </>
  );
}
