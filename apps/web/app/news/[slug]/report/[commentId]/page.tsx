import type { Metadata } from 'next';
import type { PublicComment } from '@derna/contracts';
import { documentIdSchema } from '@derna/contracts';
import { getArticle, getCommentPage } from '@/lib/cms';
import { articlePath } from '@/lib/story-paths';
import { NotFoundPage } from '@/components/site/not-found-page';
import { ReportForm } from '@/components/comments/report-form.client';

type Params = { params: Promise<{ slug: string; commentId: string }> };

const flatten = (comments: PublicComment[]): PublicComment[] => comments.flatMap((c) => [c, ...flatten(c.replies)]);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  return { title: 'Report a comment', robots: { index: false, follow: false }, alternates: { canonical: articlePath(slug) } };
}

/**
 * Where a Report link leads without JavaScript (/news/<slug>/report/<id>): the comment, if it is
 * on the story's first page of comments, and the form. With JavaScript a dialog shows the same form.
 */
export default async function ReportPage({ params }: Params) {
  const { slug, commentId } = await params;
  const article = await getArticle(slug);
  if (!article || !documentIdSchema.safeParse(commentId).success) return <NotFoundPage />;
  const comment = flatten((await getCommentPage(article.documentId)).comments).find(({ id }) => id === commentId);
  const authorName = comment?.authorName ?? 'a reader';
  return (
    <div className="notice-page">
      <h1>Report a comment</h1>
      <p>
        On <a href={`${articlePath(slug)}#comment-${commentId}`}>{article.title}</a>
        {comment ? `, by ${comment.authorName}:` : '.'}
      </p>
      {comment ? <blockquote className="report-quote">{comment.body}</blockquote> : null}
      <p>A moderator will look at it. Reports from several readers take a comment off the page until then.</p>
      <ReportForm slug={slug} commentId={commentId} authorName={authorName} />
      <p>
        <a href={`${articlePath(slug)}#comment-${commentId}`}>Back to the story</a>
      </p>
    </div>
  );
}
