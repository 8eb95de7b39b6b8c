import {
  articleSchema,
  articleSummarySchema,
  MAX_PAGE_SIZE,
  type Article,
  type ArticleSummary,
} from '@derna/contracts';
import type { Request, RequestOptions } from './request';
import { toArticleFields, type StrapiArticle } from './reshape';

type Collection<T> = {
  data: T[];
  meta: { pagination: { page: number; pageSize: number; pageCount: number; total: number } };
};

const SUMMARY_FIELDS = ['title', 'slug', 'dek', 'dateline', 'publishedDate', 'updatedAt', 'commentStatus', 'featured', 'coverCredit'];
const SUMMARY_POPULATE = {
  cover: { fields: ['url', 'alternativeText', 'caption', 'width', 'height', 'formats'] },
  author: { fields: ['name', 'slug', 'bio'] },
  category: { fields: ['name', 'slug'] },
};

export type ArticleListOptions = RequestOptions & { page?: number; pageSize?: number };
export type ArticleBySlugOptions = RequestOptions & { draft?: boolean };

export const createArticlesApi = (request: Request) => ({
  /** Published articles, newest first. */
  async list({ page = 1, pageSize = 20, ...init }: ArticleListOptions = {}) {
    const response = await request<Collection<StrapiArticle>>(
      '/articles',
      {
        fields: SUMMARY_FIELDS,
        populate: SUMMARY_POPULATE,
        sort: ['publishedDate:desc', 'id:desc'],
        pagination: { page, pageSize: Math.min(pageSize, MAX_PAGE_SIZE) },
      },
      init,
    );
    const articles: ArticleSummary[] = response.data.map((raw) => articleSummarySchema.parse(toArticleFields(raw)));
    return { articles, pagination: response.meta.pagination };
  },

  /** One article by slug, or null. `draft` needs a token allowed to read drafts (editor preview). */
  async bySlug(slug: string, { draft = false, ...init }: ArticleBySlugOptions = {}): Promise<Article | null> {
    const response = await request<Collection<StrapiArticle>>(
      '/articles',
      {
        filters: { slug: { $eq: slug } },
        fields: [...SUMMARY_FIELDS, 'body'],
        populate: { ...SUMMARY_POPULATE, seo: { fields: ['metaTitle', 'metaDescription', 'canonicalUrl'] } },
        pagination: { page: 1, pageSize: 1 },
        ...(draft ? { status: 'draft' } : {}),
      },
      init,
    );
    const raw = response.data[0];
    return raw ? articleSchema.parse(toArticleFields(raw)) : null;
  },
});
