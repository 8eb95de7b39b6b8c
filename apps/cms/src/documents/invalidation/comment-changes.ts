import { cacheTags } from '@derna/contracts';
import type { ChangeMap } from './types';
import { documentIdOf } from './types';

const UID = 'api::comment.comment';
const ARTICLE = 'api::article.article';

/** Everything of a comment that readers can see, and where. */
const PUBLIC_FIELDS = ['article', 'parent', 'moderationStatus', 'authorName', 'authorUrl', 'body'] as const;
type Row = Record<(typeof PUBLIC_FIELDS)[number], string | null>;

const shown = (row: Row | undefined) => row?.moderationStatus === 'approved';
const sameToReaders = (a: Row, b: Row) => PUBLIC_FIELDS.every((field) => a[field] === b[field]);

/**
 * A comment's change reaches its story (both stories, if it moved) and the counts on lists,
 * whatever made it: the Moderation page, the Content Manager (single or bulk), erasure, a script.
 * The story's own comments are dropped at once either way, and its page at the edge is replaced:
 * a comment taken down must never be served again, and one just approved must not wait for the
 * edge's copy to expire (nor for a stale-while-revalidate render a cycle later). The counts beside
 * stories on lists may lag one render, unless a comment left.
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
      const stories = [...new Set([was?.article, is?.article].filter((article): article is string => Boolean(article)))];
      const published: Array<{ slug: string | null }> = await strapi.db
        .query(ARTICLE)
        .findMany({ where: { documentId: { $in: stories }, publishedAt: { $notNull: true } }, select: ['slug'] });
      return [
        { tags: stories.map(cacheTags.comments), immediate: true, stories: published.flatMap(({ slug }) => (slug ? [slug] : [])) },
        { tags: [cacheTags.commentCounts], immediate: shown(was) },
      ];
    };
  },
};
