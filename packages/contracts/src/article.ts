import { z } from 'zod';
import { blocksSchema } from './blocks';

export const COMMENT_SETTINGS = ['open', 'closed'] as const;
export type CommentSetting = (typeof COMMENT_SETTINGS)[number];

/** A smaller copy of an image that Strapi made on upload (its "formats"), for `srcset`. */
export const imageSourceSchema = z.object({ url: z.string(), width: z.number() });
export type ImageSource = z.infer<typeof imageSourceSchema>;

export const mediaSchema = z.object({
  url: z.string(),
  alt: z.string(),
  caption: z.string().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  /** Smaller copies, narrowest first; empty when Strapi made none (small or vector images). */
  sources: z.array(imageSourceSchema),
});
export type Media = z.infer<typeof mediaSchema>;

export const authorSchema = z.object({
  name: z.string(),
  slug: z.string(),
  bio: z.string().nullable(),
});
export type Author = z.infer<typeof authorSchema>;

export const categorySchema = z.object({
  name: z.string(),
  slug: z.string(),
});
export type Category = z.infer<typeof categorySchema>;

export const seoSchema = z.object({
  metaTitle: z.string().nullable(),
  metaDescription: z.string().nullable(),
  canonicalUrl: z.string().nullable(),
});
export type Seo = z.infer<typeof seoSchema>;

/** An article as the site sees it: our own shape, never Strapi's envelope. */
export const articleSchema = z.object({
  documentId: z.string(),
  slug: z.string(),
  title: z.string(),
  dek: z.string().nullable(),
  body: blocksSchema,
  cover: mediaSchema.nullable(),
  /** Who took the cover picture (agency, photographer); shown under its caption. */
  coverCredit: z.string().nullable(),
  author: authorSchema.nullable(),
  category: categorySchema.nullable(),
  dateline: z.string().nullable(),
  publishedDate: z.string(),
  updatedAt: z.string(),
  commentStatus: z.enum(COMMENT_SETTINGS),
  /** An editor's pick for the front page's lead; the newest featured story leads. */
  featured: z.boolean(),
  seo: seoSchema,
});
export type Article = z.infer<typeof articleSchema>;

/** What lists (home page, feed, sitemap) need: no body. */
export const articleSummarySchema = articleSchema.omit({ body: true, seo: true });
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
