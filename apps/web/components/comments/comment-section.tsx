import type { CommentSetting } from '@derna/contracts';
import { CommentList, type ListedComment } from './comment-list';
import { ReplyForm } from './reply-form';

export type CommentSectionProps = {
  articleId: string;
  commentStatus: CommentSetting;
  comments: ListedComment[];
  total: number;
};

/** After the story, as on a WordPress page: the approved comments, then "Leave a Reply". */
export function CommentSection({ articleId, commentStatus, comments, total }: CommentSectionProps) {
  return (
    <section id="comments" className="comments" aria-labelledby="comments-title">
      <CommentList comments={comments} total={total} />
      <ReplyForm articleId={articleId} commentStatus={commentStatus} />
    </section>
  );
}
