import type { Metadata } from 'next';
import type { PublicComment } from '@derna/contracts';
import { documentIdSchema, REPORT_REASON_MAX_CHARS } from '@derna/contracts';
import { getArticle, getCommentPage } from '@/lib/cms';
import { articlePath } from '@/lib/story-paths';
import { reportOutcome } from '@/lib/comments/report-outcome';
import { NotFoundPage } from '@/components/site/not-found-page';

type Params = { params: Promise<{ slug: string; commentId: string }>; searchParams: Promise<{ result?: string }> };

const flatten = (comments: PublicComment[]): PublicComment[] => comments.flatMap((c) => [c, ...flatten(c.replies)]);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { slug } = await params;
  return { title: 'Report a comment', robots: { index: false, follow: false }, alternates: { canonical: articlePath(slug) } };
}

/**
 * Where a Report link leads without JavaScript (/news/<slug>/report/<id>): the comment (if it is
 * on the story's first page of comments) and a plain form; no JavaScript at all. The form posts
 * to /api/reports, which comes back here with ?result=. With JavaScript a dialog does the same.
 */
export default async function ReportPage({ params, searchParams }: Params) {
  const { slug, commentId } = await params;
  const article = await getArticle(slug);
  if (!article || !documentIdSchema.safeParse(commentId).success) return <NotFoundPage />;
  const { result } = await searchParams;
  const outcome = reportOutcome(result);
  const comment = flatten((await getCommentPage(article.documentId)).comments).find(({ id }) => id === commentId);
  const back = `${articlePath(slug)}#comment-${commentId}`;
  return (
    <div className="notice-page">
      <h1>Report a comment</h1>
      <p>
        On <a href={back}>{article.title}</a>
        {comment ? `, by ${comment.authorName}:` : '.'}
      </p>
      {comment ? <blockquote className="report-quote">{comment.body}</blockquote> : null}
      {outcome ? (
        <p role={result === 'sent' ? 'status' : 'alert'} className={`notice ${result === 'sent' ? 'notice--success' : 'notice--error'}`}>
          {outcome}
        </p>
      ) : null}
      {result === 'sent' ? null : (
        <form method="post" action="/api/reports" className="report-form">
          <p>A moderator will look at it. Reports from several readers take a comment off the page until then.</p>
          <p>
            <label htmlFor="report-reason">Why should a moderator look at it? (optional)</label>
            <textarea id="report-reason" name="reason" rows={3} maxLength={REPORT_REASON_MAX_CHARS} />
          </p>
          <input type="hidden" name="comment" value={commentId} />
          <input type="hidden" name="slug" value={slug} />
          <button type="submit" className="button">
            Report comment
          </button>
        </form>
      )}
      <p>
        <a href={back}>Back to the story</a>
      </p>
    </div>
  );
}
