import { createRequest, type CmsClientConfig } from './request';
import { createArticlesApi } from './articles';
import { createCommentsApi, createNotificationsApi } from './comments';
import { createStoriesApi } from './stories';

export type { CmsClientConfig, RequestOptions } from './request';
export * from './errors';

/** One typed client for the CMS's REST API, usable on the server and in the browser. */
export const createCmsClient = (config: CmsClientConfig) => {
  const request = createRequest(config);
  return {
    articles: createArticlesApi(request),
    comments: createCommentsApi(request),
    stories: createStoriesApi(request),
    notifications: createNotificationsApi(request),
  };
};

export type CmsClient = ReturnType<typeof createCmsClient>;
