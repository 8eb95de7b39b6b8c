import { cacheTags } from '@derna/contracts';
import type { ChangeMap } from './types';
import { documentIdOf } from './types';

const UID = 'api::comment.comment';

/** Everything of a comment that readers can see, and where. */
const PUBLIC_FIELDS = ['article', 'parent', 'moderationStatus', 'authorName', 'authorUrl', 'body'] as const;
type Row = Record<(typeof PUBLIC_FIELDS)[number], string | null>;

const shown = (row: Row | undefined) => row?.moderationStatus === 'approved';
const sameToReaders = (a: Row, b: Row) => PUBLIC_FIELDS.every((field) => a[field] === b[field]);

/**
 * A comment's change reaches its story (both stories, if it moved) and the counts on lists,
 * whatever made it: the Moderation page, the Content Manager (single or bulk), erasure, a script.
 * The story's own comments are dropped at once either way: a comment taken down must never be
 * served again, and one just approved must not wait for a second refresh behind the edge's
 * one-second cache (a stale-while-revalidate render there shows it only a cycle later). The
 * counts beside stories on lists may lag one render, unless a comment left.
 */
export const commentChanges: ChangeMap = {
  uid: UID,
  actions: new Set(['create', 'update', 'delete']),
  async before(strapi, change) {
    const rowOf = async (documentId?: string): Promise<Row | undefined> =>
      documentId ? ((await strapi.db.query(UID).findOne({ where: { documentId }, select: [...PUBLIC_FIELDS] })) ?? undefined) : undefined;

    const was = await rowOf(change.params.documentId);
    return async (done) => {
      const is = done.action === 'delete' ? undefined : await rowOf(documentIdOf(done));
      if (!shown(was) && !shown(is)) return [];
      if (was && is && shown(was) && shown(is) && sameToReaders(was, is)) return [];
      const stories = new Set([was?.article, is?.article].filter((article): article is string => Boolean(article)));
      return [
        { tags: [...stories].map(cacheTags.comments), immediate: true },
        { tags: [cacheTags.commentCounts], immediate: shown(was) },
      ];
    };
  },
};
