import type { z } from 'zod';
import { fieldErrors } from '@derna/contracts';

/** A list or search request the rules refuse, with the HTTP status that says why. */
export class StoryError extends Error {
  constructor(
    readonly status: 400 | 404 | 429,
    readonly kind: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** Parses a query with its contracts schema, or throws a 400 naming each bad parameter. */
export const parseQuery = <Schema extends z.ZodType>(schema: Schema, value: unknown, message: string): z.output<Schema> => {
  const result = schema.safeParse(value);
  if (!result.success) throw new StoryError(400, 'ValidationError', message, { errors: fieldErrors(result.error) });
  return result.data;
};

type ResponseContext = { status: number; body: unknown; set: (name: string, value: string) => void };

/** Runs a controller action; a StoryError becomes Strapi's error envelope with its status. */
export const respond = async (ctx: ResponseContext, action: () => Promise<unknown>) => {
  try {
    ctx.body = await action();
    ctx.status = 200;
  } catch (error) {
    if (!(error instanceof StoryError)) throw error;
    if (typeof error.details.retryAfter === 'number') ctx.set('Retry-After', String(error.details.retryAfter));
    ctx.status = error.status;
    ctx.body = { data: null, error: { status: error.status, name: error.kind, message: error.message, details: error.details } };
  }
};
