import type { CmsServer, WebServer } from '@derna/testkit';

export const STACK_KEY = '__dernaE2eStack';
export type Stack = { cms: CmsServer; web: WebServer };

const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the browser tests with \`pnpm test:e2e\` (its global setup boots the stack).`);
  return value;
};

/** The stack the global setup started, as the tests see it. */
export const stack = {
  webUrl: (path = '/') => new URL(path, required('E2E_WEB_URL')).toString(),
  cmsUrl: (path = '/') => new URL(path, required('E2E_CMS_URL')).toString(),
};
