import type { MetadataRoute } from 'next';
import { site } from '@/lib/site';

export default function robots(): MetadataRoute.Robots {
  return {
    // The unsubscribe page is for readers with a link from an email, not for crawlers.
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/unsubscribe'] },
    sitemap: new URL('/sitemap.xml', site.siteUrl).toString(),
    host: site.siteUrl,
  };
}
