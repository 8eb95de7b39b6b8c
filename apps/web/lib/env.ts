import 'server-only';
import { z } from 'zod';

const schema = z.object({
  CMS_URL: z.url().default('http://127.0.0.1:1337'),
  /** Where browsers reach the CMS (uploaded images); defaults to CMS_URL. */
  CMS_PUBLIC_URL: z.url().optional(),
  SITE_URL: z.url().default('http://localhost:3000'),
  SITE_NAME: z.string().min(1).default('Derna Newsroom'),
  REVALIDATE_SECRET: z.string().min(16, 'REVALIDATE_SECRET must be at least 16 characters').optional(),
  PREVIEW_SECRET: z.string().min(16, 'PREVIEW_SECRET must be at least 16 characters').optional(),
  CMS_API_TOKEN: z.string().min(16).optional(),
  /**
   * The edge's reader server as the site reaches it (compose: http://edge:8080). Set, the site
   * replaces the edge's copy of a story page the moment the CMS reports a change to it.
   */
  EDGE_URL: z.url().optional(),
  /**
   * Trusted reverse proxies in front of the site (the edge: 1). Read by server/preload.cjs,
   * which settles X-Forwarded-For from the socket and exactly that many hops; validated here too.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  throw new Error(`Invalid environment for the site: ${problems}. See .env.example.`);
}

/** The site's validated environment; read once, at start. */
export const env = parsed.data;
