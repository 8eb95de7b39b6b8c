import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isAbsoluteHttpUrl } from '@derna/contracts';

const ARTICLE = 'api::article.article';
const WRITES = new Set(['create', 'update']);

export const CANONICAL_URL_MESSAGE =
  'Canonical URL must be a full web address starting with https:// or http://, such as https://example.com/news/story. Leave it empty to use the story’s own address.';

/**
 * Below every API (the admin's form checks the schema's pattern too): a canonical URL reaches
 * the page only as an absolute http(s) address, never `javascript:` or a relative path.
 */
export const canonicalUrlGuard: Modules.Documents.Middleware.Middleware = async (context, next) => {
  if (context.uid === ARTICLE && WRITES.has(context.action)) {
    const seo = (context.params as { data?: { seo?: { canonicalUrl?: unknown } | null } }).data?.seo;
    const value = seo?.canonicalUrl;
    if (typeof value === 'string' && value.trim() === '') seo!.canonicalUrl = null;
    else if (value !== undefined && value !== null && !isAbsoluteHttpUrl(value)) {
      throw new errors.ValidationError(CANONICAL_URL_MESSAGE, {
        errors: [{ path: ['seo', 'canonicalUrl'], message: CANONICAL_URL_MESSAGE, name: 'ValidationError', value }],
      });
    }
  }
  return next();
};
