import type { Core, Modules } from '@strapi/strapi';

const COMMENT = 'api::comment.comment';

type AdminUser = { id: number; firstname?: string | null; lastname?: string | null; email?: string | null };

/** "Ana Lopez (#3)": who moderated, as the moderation queue shows it. */
export const moderatorSignature = ({ firstname, lastname, email, id }: AdminUser) =>
  `${[firstname, lastname].filter(Boolean).join(' ') || email || 'admin'} (#${id})`;

/** The admin user behind this request, if any (the Moderation page, the Content Manager). */
const requestUser = (strapi: Core.Strapi): AdminUser | undefined => {
  const user = strapi.requestContext.get()?.state?.user as AdminUser | undefined;
  return user && typeof user.id === 'number' ? user : undefined;
};

/**
 * Every change of a comment's status records who made it and when, whatever the path: the
 * Moderation page, the Content Manager, a script ("script"), a job that names itself.
 */
export const commentModerationRecord =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (context.uid !== COMMENT || context.action !== 'update') return next();
    const params = context.params as { data?: Record<string, unknown> };
    if (!params.data || !('moderationStatus' in params.data)) return next();
    const user = requestUser(strapi);
    params.data = {
      ...params.data,
      moderatedBy: params.data.moderatedBy ?? (user ? moderatorSignature(user) : 'script'),
      moderatedAt: new Date().toISOString(),
    };
    return next();
  };
