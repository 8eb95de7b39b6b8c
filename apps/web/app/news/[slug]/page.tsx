import type { Metadata } from 'next';
import { getArticle, getArticleList } from '@/lib/cms';
import { articleMetadata } from '@/lib/article-metadata';
import { site } from '@/lib/site';
import { StoryView } from '@/components/story/story-view';
import { NotFoundPage } from '@/components/site/not-found-page';

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
  if (!article) return <NotFoundPage />;
  return <StoryView article={article} />;
}
