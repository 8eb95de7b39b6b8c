import { createRequest, type CmsClientConfig } from './request';
import { createArticlesApi } from './articles';
import { createCommentsApi, createNotificationsApi } from './comments';

export type { CmsClientConfig, RequestOptions } from './request';
export * from './errors';

/** One typed client for the CMS's REST API, usable on the server and in the browser. */
export const createCmsClient = (config: CmsClientConfig) => {
  const request = createRequest(config);
  return {
    articles: createArticlesApi(request),
    comments: createCommentsApi(request),
    notifications: createNotificationsApi(request),
  };
};

export type CmsClient = ReturnType<typeof createCmsClient>;
