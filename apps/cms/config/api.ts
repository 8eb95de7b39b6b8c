import type { Core } from '@strapi/strapi';
import { MAX_PAGE_SIZE } from '@derna/contracts';

const config: Core.Config.Api = {
  rest: {
    defaultLimit: 20,
    maxLimit: MAX_PAGE_SIZE,
    withCount: true,
    // Unknown top-level query and body keys are refused with 400 instead of ignored.
    strictParams: true,
  },
  documents: { strictParams: true },
};

export default config;
