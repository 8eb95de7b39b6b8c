/** "No comments yet", "1 Comment", "12 Comments": the approved total, replies included. */
export const commentsHeading = (total: number) =>
  total === 0 ? 'No comments yet' : `${total} ${total === 1 ? 'Comment' : 'Comments'}`;
