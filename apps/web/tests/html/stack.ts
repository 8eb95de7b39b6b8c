import type { CmsServer, WebServer } from '@derna/testkit';
import { adminSession, articleEditor, buildArticle } from '@derna/testkit';

export { buildArticle };

export const STACK_KEY = '__dernaHtmlTestStack';
export type Stack = { cms: CmsServer; web: WebServer };

const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: the HTML tests run through jest's html project (global setup).`);
  return value;
};

/** The stack the global setup started, as the tests see it. */
export const stack = {
  webUrl: () => required('TEST_WEB_URL'),
  cmsUrl: () => required('TEST_CMS_URL'),
  secret: (name: 'REVALIDATE_SECRET' | 'PREVIEW_SECRET') => required(`TEST_${name}`),
  /** The demo editor, logged in once by the global setup. */
  editor: async () => articleEditor(adminSession(required('TEST_CMS_URL'), required('TEST_EDITOR_TOKEN'))),
  /** The demo admin, in the Content Manager as the admin UI uses it. */
  admin: () => adminSession(required('TEST_CMS_URL'), required('TEST_ADMIN_TOKEN')),
  /** The CMS's environment (database, secrets), for a script run beside it. */
  cmsEnv: (): Record<string, string> => JSON.parse(required('TEST_CMS_ENV')),
  /** The demo moderator: approves comments through the Moderation plugin's API. */
  moderate: (documentIds: string[], status: string) =>
    adminSession(required('TEST_CMS_URL'), required('TEST_MODERATOR_TOKEN')).request('POST', '/moderation/comments/status', { documentIds, status }),
};

/** Creates and publishes an article as the editor; returns its document id and slug. */
export const publishArticle = async (overrides: Record<string, unknown> = {}) => {
  const editor = await stack.editor();
  const fixture = buildArticle(overrides);
  const created = await editor.createDraft(fixture);
  if (created.status !== 201) throw new Error(`Could not create the fixture: HTTP ${created.status}`);
  const { documentId } = created.body.data;
  const published = await editor.publish(documentId);
  if (published.status !== 200) throw new Error(`Could not publish the fixture: HTTP ${published.status}`);
  return { documentId, slug: fixture.slug, fixture };
};
