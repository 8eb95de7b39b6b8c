/**
 * An absolute http(s) address, as a canonical URL must be. The CMS's seo component holds the same
 * pattern (apps/cms/src/components/shared/seo.json, for the admin's own form check); a CMS test
 * keeps the two equal.
 */
export const ABSOLUTE_HTTP_URL_PATTERN = '^https?://[^\\s/?#]+\\S*$';

export const isAbsoluteHttpUrl = (value: unknown): value is string => {
  if (typeof value !== 'string' || !new RegExp(ABSOLUTE_HTTP_URL_PATTERN).test(value)) return false;
  try {
    const { protocol, hostname } = new URL(value);
    return (protocol === 'https:' || protocol === 'http:') && hostname.length > 0;
  } catch {
    return false;
  }
};
