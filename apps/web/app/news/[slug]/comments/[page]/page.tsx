import type { Metadata } from 'next';
import { getArticle, getCommentPage } from '@/lib/cms';
import { articlePath } from '@/lib/story-paths';
import { StoryView } from '@/components/story/story-view';
import { NotFoundPage } from '@/components/site/not-found-page';

type Params = { params: Promise<{ slug: string; page: string }> };

// Cached like the story (tagged with its comments, so moderation refreshes it): only readers
// without JavaScript come here ("Load more comments" is a link for them).
export const revalidate = 3600;

/** None at build time: each page is rendered on its first request, then cached. */
export async function generateStaticParams() {
  return [];
}

/** The page number if this story has such a page of comments (page 1 is the story itself). */
const existingPage = async (articleId: string, page: string) => {
  const number = /^\d{1,5}$/.test(page) ? Number(page) : 0;
  if (number < 2) return null;
  const { pagination } = await getCommentPage(articleId);
  return number <= pagination.pageCount ? number : null;
};

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug, page } = await params;
  const article = await getArticle(slug);
  return {
    title: article ? `${article.title} (comments, page ${page})` : 'Story not found',
    robots: { index: false, follow: true },
    alternates: { canonical: articlePath(slug) },
  };
}

/** The story with a later page of its comments, WordPress's "comment-page-2". */
export default async function StoryCommentsPage({ params }: Params) {
  const { slug, page } = await params;
  const article = await getArticle(slug);
  const number = article ? await existingPage(article.documentId, page) : null;
  if (!article || !number) return <NotFoundPage />;
  return <StoryView article={article} commentsPage={number} />;
}
