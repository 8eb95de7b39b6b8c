import type { Core } from '@strapi/strapi';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006', 'SQLITE_BUSY']);
const CONNECTION_MESSAGES = /Timeout acquiring a connection|Connection terminated|connect ECONNREFUSED|the database system is (starting up|shutting down)|Client has encountered a connection error/i;

const isDatabaseDown = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: string }).code;
  return (code !== undefined && CONNECTION_CODES.has(code)) || CONNECTION_MESSAGES.test(error.message);
};

/**
 * While the database is away, answer 503 at once with a retry hint, instead of a 500 (or a
 * minute's wait). The pool reconnects by itself when the database is back.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: { status: number; body: unknown; set: (name: string, value: string) => void }, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      if (!isDatabaseDown(error)) throw error;
      strapi.log.warn(`Database unavailable: ${(error as Error).message}`);
      ctx.set('Retry-After', '5');
      ctx.status = 503;
      ctx.body = {
        data: null,
        error: { status: 503, name: 'ServiceUnavailableError', message: 'The newsroom database is briefly unavailable. Please try again in a few seconds.', details: {} },
      };
    }
  };
