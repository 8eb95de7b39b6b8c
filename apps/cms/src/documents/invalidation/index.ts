import type { Core, Modules } from '@strapi/strapi';
import { afterCommit } from '../after-commit';
import { articleChanges } from './article-changes';
import { commentChanges } from './comment-changes';
import { authorChanges, sectionChanges } from './taxonomy-changes';
import { createSiteNotifier, type SiteNotifier } from './site-notifier';
import type { ChangeMap } from './types';

/** Every content type whose changes readers can see, and how. */
const CHANGE_MAPS = new Map<string, ChangeMap>(
  [articleChanges, commentChanges, authorChanges, sectionChanges].map((map) => [map.uid, map]),
);

const siteNotifier = (strapi: Core.Strapi): SiteNotifier | null => {
  const url = process.env.WEB_INTERNAL_URL || process.env.WEB_URL;
  const secret = process.env.REVALIDATE_SECRET;
  if (!url || !secret) {
    strapi.log.warn('Site revalidation is off: set WEB_URL (or WEB_INTERNAL_URL) and REVALIDATE_SECRET.');
    return null;
  }
  return createSiteNotifier({ url, secret, log: strapi.log });
};

/**
 * The one place that decides what a change invalidates. A document-service middleware, so every
 * write passes it, whoever makes it: the Moderation page, the Content Manager (single and bulk),
 * the comment service, a script, a job. It maps the change to cache tags and tells the site once
 * the change is committed. No controller or service calls the site itself.
 */
export const invalidation = (strapi: Core.Strapi): { middleware: Modules.Documents.Middleware.Middleware; close: () => Promise<void> } => {
  let notifier: SiteNotifier | null | undefined;
  const notify = (...args: Parameters<SiteNotifier['notify']>) => (notifier ??= siteNotifier(strapi))?.notify(...args);

  const middleware: Modules.Documents.Middleware.Middleware = async (context, next) => {
    const map = CHANGE_MAPS.get(context.uid);
    if (!map?.actions.has(context.action)) return next();
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    const after = await map.before(strapi, { action: context.action, params });
    const result = await next();
    const stale = (await after({ action: context.action, params, result })).filter(({ tags }) => tags.length > 0);
    if (stale.length) afterCommit(strapi, () => notify(stale));
    return result;
  };
  return { middleware, close: async () => notifier?.close() };
};
