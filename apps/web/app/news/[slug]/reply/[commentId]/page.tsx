import type { Metadata } from 'next';
import { documentIdSchema } from '@derna/contracts';
import { getArticle, getCommentPage } from '@/lib/cms';
import { articlePath } from '@/lib/story-paths';
import { StoryView } from '@/components/story/story-view';
import { NotFoundPage } from '@/components/site/not-found-page';

type Params = { params: Promise<{ slug: string; commentId: string }>; searchParams: Promise<{ cpage?: string }> };

/**
 * The story with the form under one comment: where a Reply link leads without JavaScript
 * (/news/<slug>/reply/<id>[?cpage=<n>], lib/story-paths.ts). Never indexed.
 */
export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  return { robots: { index: false, follow: false }, alternates: { canonical: articlePath(slug) } };
}

export default async function ReplyPage({ params, searchParams }: Params) {
  const { slug, commentId } = await params;
  const article = await getArticle(slug);
  if (!article || !documentIdSchema.safeParse(commentId).success) return <NotFoundPage />;
  // The page of comments the Reply link was on, if the story has it.
  const asked = Number((await searchParams).cpage ?? '1');
  const { pagination } = await getCommentPage(article.documentId);
  const commentsPage = Number.isInteger(asked) && asked >= 1 && asked <= pagination.pageCount ? asked : 1;
  return <StoryView article={article} replyTo={commentId} commentsPage={commentsPage} />;
}
