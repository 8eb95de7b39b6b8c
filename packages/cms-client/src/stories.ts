import {
  searchQuerySchema,
  searchResponseSchema,
  storyListQuerySchema,
  storyListResponseSchema,
  storyDirectoryResponseSchema,
  type SearchQuery,
  type SearchResults,
  type StoryDirectory,
  type StoryList,
  type StoryListQuery,
} from '@derna/contracts';
import type { Request, RequestOptions } from './request';

/** Readers' lists and search (the CMS's /stories routes): published stories, public fields. */
export const createStoriesApi = (request: Request) => ({
  /** Newest first; by section, author, featured only, or without one story. Unknown section or author: NotFound. */
  async list(query: StoryListQuery = {}, init: RequestOptions = {}): Promise<StoryList> {
    const params = storyListQuerySchema.parse(query);
    const { data, meta } = storyListResponseSchema.parse(await request('/stories', params, init));
    return { stories: data, ...meta };
  },

  /** The sections and authors that have published stories, by name. */
  async directory(init: RequestOptions = {}): Promise<StoryDirectory> {
    return storyDirectoryResponseSchema.parse(await request('/stories/directory', {}, init)).data;
  },

  /** Best match first, each with its highlighted passage. */
  async search(query: SearchQuery, init: RequestOptions = {}): Promise<SearchResults> {
    const params = searchQuerySchema.parse(query);
    const { data, meta } = searchResponseSchema.parse(await request('/stories/search', params, init));
    return { hits: data, pagination: meta.pagination };
  },
});
