import 'server-only';
import { env } from './env';
import type { SiteInfo } from './article-metadata';

/** Who we are, for metadata, structured data and feeds. */
export const site: SiteInfo & { logoUrl: string; description: string } = {
  siteUrl: env.SITE_URL,
  siteName: env.SITE_NAME,
  logoUrl: new URL('/logo.png', env.SITE_URL).toString(),
  description: 'News from Libya and North Africa, reported by the Derna newsroom.',
};
