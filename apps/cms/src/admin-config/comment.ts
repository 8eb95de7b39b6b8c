import type { AdminConfig } from './types';

const PRIVATE = 'Private: never published; only moderators and admins see it.';

/**
 * Comments as a moderator reads them: who, what, on which story, and when. The story is shown by
 * its title (articleTitle); the document ids in article/parent/threadRoot never appear.
 */
export const commentAdmin: AdminConfig = {
  uid: 'api::comment.comment',
  kind: 'contentType',
  settings: { mainField: 'title', defaultSortBy: 'createdAt', defaultSortOrder: 'DESC', pageSize: 20 },
  fields: {
    title: { label: 'Comment', description: 'Its author and how it begins; filled in automatically.', readOnly: true },
    excerpt: { label: 'Excerpt', listLabel: 'Comment', description: 'How the comment begins; filled in automatically.', readOnly: true },
    articleTitle: { label: 'Story', description: 'The story this comment is on; follows its title automatically.', readOnly: true },
    // Ids are read by admins only and shown nowhere (see bootstrap/comment-permissions.ts).
    article: { label: 'Story (internal id)', description: 'The story’s document id, for the CMS; see Story.', readOnly: true },
    parent: { label: 'In reply to (internal id)', readOnly: true },
    threadRoot: { label: 'Thread (internal id)', readOnly: true },
    depth: { label: 'Reply level', description: '0 for a comment on the story, 1 for a reply to it, and so on.', readOnly: true },
    authorName: { label: 'Author name' },
    authorEmail: { label: 'Email', description: PRIVATE },
    authorUrl: { label: 'Website', description: 'Optional; linked from the author’s name on the story.' },
    body: { label: 'Comment text' },
    moderationStatus: {
      label: 'Status',
      description: 'Awaiting moderation: not on the story until approved. Approved: on the story. Spam and Trash: hidden from readers.',
    },
    flagReason: { label: 'Why it was held', description: 'Set by the spam rules when a comment is held or filed as spam.', readOnly: true },
    authorIp: { label: 'IP address', description: `${PRIVATE} Erased after the retention period.`, readOnly: true },
    userAgent: { label: 'Browser', description: `${PRIVATE} Erased after the retention period.`, readOnly: true },
    personalDataErasedAt: { label: 'Personal data erased on', description: 'Set when a moderator erases this commenter’s data.', readOnly: true },
    moderatedBy: { label: 'Moderated by', description: 'The last person to change its status.', readOnly: true },
    moderatedAt: { label: 'Moderated on', readOnly: true },
    createdAt: { label: 'Received' },
  },
  list: ['moderationStatus', 'authorName', 'excerpt', 'articleTitle', 'createdAt'],
  edit: [
    [['body', 12]],
    [['authorName', 6], ['authorUrl', 6]],
    [['moderationStatus', 6], ['articleTitle', 6]],
    [['flagReason', 6], ['moderatedBy', 6]],
    [['moderatedAt', 6], ['personalDataErasedAt', 6]],
    [['authorEmail', 6], ['authorIp', 6]],
    [['userAgent', 12]],
  ],
};
