import type { Core } from '@strapi/strapi';

const TOKEN_NAME = 'Site server';

/** What the site's server may do with its token: read drafts for previews, submit and report comments. */
export const SITE_TOKEN_ACTIONS: string[] = [
  'api::article.article.find',
  'api::article.article.findOne',
  'api::author.author.find',
  'api::category.category.find',
  'api::comment.comment.find',
  'api::comment.comment.create',
  'api::comment-report.comment-report.create',
];

type TokenService = {
  getByName: (name: string) => Promise<{ id: number } | null>;
  create: (attributes: Record<string, unknown>) => Promise<{ id: number }>;
  update: (id: number, attributes: Record<string, unknown>) => Promise<unknown>;
  hash: (accessKey: string) => string;
};

/**
 * The site's server talks to the CMS with CMS_API_TOKEN, a secret both read from the
 * environment. Strapi only makes random tokens, so make one and bind it to that secret.
 */
export const ensureSiteToken = async (strapi: Core.Strapi): Promise<void> => {
  const accessKey = process.env.CMS_API_TOKEN;
  if (!accessKey) {
    strapi.log.warn('CMS_API_TOKEN is not set: editor preview and comment submission are switched off.');
    return;
  }
  const tokens = strapi.service('admin::api-token-content-api') as unknown as TokenService;
  const attributes = {
    name: TOKEN_NAME,
    description: 'Used by the site server for previews and comment submission. Provisioned from CMS_API_TOKEN.',
    type: 'custom',
    lifespan: null,
    permissions: SITE_TOKEN_ACTIONS,
  };
  const existing = await tokens.getByName(TOKEN_NAME);
  const token = existing ?? (await tokens.create(attributes));
  if (existing) await tokens.update(existing.id, { permissions: SITE_TOKEN_ACTIONS });

  const encryption = strapi.service('admin::encryption') as unknown as { encrypt: (value: string) => string };
  await strapi.db.query('admin::api-token').update({
    where: { id: token.id },
    data: { accessKey: tokens.hash(accessKey), encryptedKey: encryption.encrypt(accessKey) },
  });
};
