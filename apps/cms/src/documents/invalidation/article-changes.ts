import { cacheTags } from '@derna/contracts';
import type { ChangeMap } from './types';
import { documentIdOf } from './types';

const UID = 'api::article.article';

type Row = { id: number; slug?: string | null; publishedAt?: string | null; updatedAt?: string | null };

/**
 * A story's change reaches every page that shows it: its own page under every slug it had or has
 * (a renamed story has two) and every list (`articles`). Its own page is rendered afresh for the
 * next reader (stale-while-revalidate there could render the new page from the old, still cached
 * story while other stories are published), and so is its copy at the edge; the lists may be
 * served stale while they render, unless a published slug disappeared (unpublish, delete, rename):
 * then no reader may get a page or list showing it, even once.
 */
export const articleChanges: ChangeMap = {
  uid: UID,
  actions: new Set(['create', 'update', 'publish', 'unpublish', 'discardDraft', 'delete']),
  async before(strapi, change) {
    const rowsOf = async (documentId?: string): Promise<Row[]> =>
      documentId ? strapi.db.query(UID).findMany({ where: { documentId }, select: ['id', 'slug', 'publishedAt', 'updatedAt'] }) : [];
    const published = (rows: Row[]) => new Set(rows.filter((row) => row.publishedAt && row.slug).map((row) => row.slug as string));
    /** Publishing replaces the published row; an edit of the draft leaves it as it was. */
    const publishedVersion = (rows: Row[]) =>
      rows.filter((row) => row.publishedAt).map((row) => `${row.id}@${row.updatedAt}`).sort().join();

    const beforeRows = await rowsOf(change.params.documentId);
    return async (done) => {
      const afterRows = await rowsOf(documentIdOf(done));
      const [was, is] = [published(beforeRows), published(afterRows)];
      // Only the draft changed (or a draft no reader can see): nothing public changed.
      if (publishedVersion(beforeRows) === publishedVersion(afterRows)) return [];
      const slugs = new Set([...beforeRows, ...afterRows].flatMap(({ slug }) => (slug ? [slug] : [])));
      return [
        { tags: [...slugs].map(cacheTags.article), immediate: true, stories: [...slugs] },
        { tags: [cacheTags.articleList], immediate: [...was].some((slug) => !is.has(slug)) },
      ];
    };
  },
};
