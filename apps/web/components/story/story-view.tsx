import type { Article } from '@derna/contracts';
import { getCommentPage } from '@/lib/cms';
import { newsArticleJsonLd } from '@/lib/json-ld';
import { site } from '@/lib/site';
import { CommentSection } from '@/components/comments/comment-section';
import { JsonLd } from '@/components/site/json-ld';
import { Story } from './story';

type StoryViewProps = { article: Article; replyTo?: string | null; commentsPage?: number };

/** The story, a page of its comments and its structured data: the story page and its variants. */
export async function StoryView({ article, replyTo = null, commentsPage = 1 }: StoryViewProps) {
  // If the CMS is down this throws, and Next keeps serving the last good page instead.
  const firstPage = await getCommentPage(article.documentId, commentsPage);
  return (
    <>
      <Story article={article} />
      <CommentSection article={article} firstPage={firstPage} replyTo={replyTo} />
      <JsonLd data={newsArticleJsonLd(article, { ...site, commentCount: firstPage.approvedCount })} />
    </>
  );
}
