import type { Core } from '@strapi/strapi';

const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006']);
const CONNECTION_MESSAGES = /Timeout acquiring a connection|Connection terminated|connect ECONNREFUSED|the database system is (starting up|shutting down)|Client has encountered a connection error/i;
const PROBE_TIMEOUT_MS = 2000;

const isConnectionError = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false;
  const code = (error as Error & { code?: string }).code;
  return (code !== undefined && CONNECTION_CODES.has(code)) || CONNECTION_MESSAGES.test(error.message);
};

/** One cheap query, bounded in time: is the database there at all? */
const databaseUnreachable = async (strapi: Core.Strapi) => {
  try {
    await Promise.race([
      strapi.db.connection.raw('select 1'),
      new Promise((_, reject) => setTimeout(() => reject(new Error('probe timed out')), PROBE_TIMEOUT_MS)),
    ]);
    return false;
  } catch {
    return true;
  }
};

type Context = { status: number; body: unknown; set: (name: string, value: string) => void };

const unavailable = (ctx: Context) => {
  ctx.set('Retry-After', '5');
  ctx.status = 503;
  ctx.body = {
    data: null,
    error: { status: 503, name: 'ServiceUnavailableError', message: 'The newsroom database is briefly unavailable. Please try again in a few seconds.', details: {} },
  };
};

/**
 * While the database is away, answer 503 at once with a retry hint, instead of a 500 (or the
 * 401 that users-permissions gives when it cannot read the Public role). The pool reconnects
 * by itself when the database is back. Healthy requests pay nothing: the probe runs only on failure.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      if (!isConnectionError(error) && !(await databaseUnreachable(strapi))) throw error;
      strapi.log.warn(`Database unavailable: ${(error as Error).message}`);
      return unavailable(ctx);
    }
    if ((ctx.status === 401 || ctx.status >= 500) && (await databaseUnreachable(strapi))) unavailable(ctx);
  };
