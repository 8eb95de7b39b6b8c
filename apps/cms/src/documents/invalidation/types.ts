import type { Core } from '@strapi/strapi';

/**
 * Which cached pages a change made stale; `immediate` when something left them (a takedown).
 * `stories`: slugs of the story pages whose copies at the edge are to be replaced at once.
 */
export type Invalidation = { tags: string[]; immediate: boolean; stories?: string[] };

export type DocumentChange = {
  action: string;
  params: { documentId?: string; data?: Record<string, unknown> };
  /** What the document service answered (holds the documentId of a created document). */
  result: unknown;
};

/**
 * How one content type's changes reach readers: `before` reads what readers may see now, before
 * the change runs (inside its transaction); the function it returns reads the state after it and
 * names the cache tags to drop (none when readers see no difference).
 */
export type ChangeMap = {
  uid: string;
  actions: ReadonlySet<string>;
  before: (strapi: Core.Strapi, change: Omit<DocumentChange, 'result'>) => Promise<(change: DocumentChange) => Promise<Invalidation[]>>;
};

export const documentIdOf = ({ params, result }: DocumentChange): string | undefined =>
  params.documentId ?? (result as { documentId?: string } | null)?.documentId;
