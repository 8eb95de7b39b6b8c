import type { Article, CommentPage } from '@derna/contracts';
import { CommentsArea } from './comments-area.client';
import { NotifyOptIn } from './notify-opt-in';

export type CommentSectionProps = {
  article: Pick<Article, 'documentId' | 'slug' | 'commentStatus'>;
  firstPage: CommentPage;
  replyTo?: string | null;
};

/** After the story, as on a WordPress page: the approved comments, then "Leave a Reply". */
export function CommentSection({ article, firstPage, replyTo = null }: CommentSectionProps) {
  return (
    <CommentsArea
      articleId={article.documentId}
      slug={article.slug}
      open={article.commentStatus === 'open'}
      firstPage={firstPage}
      initialReplyTo={replyTo}
      optIn={<NotifyOptIn />}
    />
  );
}
