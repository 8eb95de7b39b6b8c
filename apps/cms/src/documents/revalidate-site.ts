import type { Core, Modules } from '@strapi/strapi';
import { cacheTags, REVALIDATE_SECRET_HEADER, type RevalidateRequest } from '@derna/contracts';

const ARTICLE = 'api::article.article';
const CHANGES = new Set(['publish', 'unpublish', 'update', 'delete', 'discardDraft']);
/** A story taken off the site must not be served again, even once. */
const TAKEDOWNS = new Set(['unpublish', 'delete']);
const TIMEOUT_MS = 3000;
let warnedOff = false;

/** Every slug the document has, draft and published (a renamed story has two). */
const slugsOf = async (strapi: Core.Strapi, documentId: string): Promise<string[]> => {
  try {
    const rows: Array<{ slug?: string | null }> = await strapi.db
      .query(ARTICLE)
      .findMany({ where: { documentId }, select: ['slug'] });
    return rows.flatMap(({ slug }) => (slug ? [slug] : []));
  } catch (error) {
    strapi.log.warn(`Site revalidation: could not read the slug of ${documentId}: ${String(error)}`);
    return [];
  }
};

export const notifySite = (strapi: Core.Strapi, request: RevalidateRequest): void => {
  const webUrl = process.env.WEB_INTERNAL_URL || process.env.WEB_URL;
  const secret = process.env.REVALIDATE_SECRET;
  if (!webUrl || !secret) {
    if (!warnedOff) strapi.log.warn('Site revalidation is off: set WEB_URL (or WEB_INTERNAL_URL) and REVALIDATE_SECRET.');
    warnedOff = true;
    return;
  }
  // Fire and forget: the editor's action never waits for, or fails because of, the site.
  fetch(`${webUrl.replace(/\/$/, '')}/api/revalidate`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [REVALIDATE_SECRET_HEADER]: secret },
    body: JSON.stringify(request),
    signal: AbortSignal.timeout(TIMEOUT_MS),
  })
    .then((response) => {
      if (!response.ok) strapi.log.warn(`Site revalidation answered HTTP ${response.status} for ${request.tags.join(', ')}`);
    })
    .catch((error: unknown) => strapi.log.warn(`Site revalidation failed for ${request.tags.join(', ')}: ${String(error)}`));
};

/**
 * After an article changes, tells the site which cached pages are stale: the lists, and the story
 * under each slug it had before and has after the change.
 */
export const revalidateSite =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== ARTICLE || !CHANGES.has(context.action)) return next();
    const { documentId } = context.params as { documentId?: string };
    if (!documentId) return next();

    const before = await slugsOf(strapi, documentId);
    const result = await next();
    const after = context.action === 'delete' ? [] : await slugsOf(strapi, documentId);
    const slugs = [...new Set([...before, ...after])];
    notifySite(strapi, {
      tags: [cacheTags.articleList, ...slugs.map(cacheTags.article)],
      immediate: TAKEDOWNS.has(context.action),
    });
    return result;
  };
