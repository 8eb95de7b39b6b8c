/** A submission or moderation request the rules refuse, with the HTTP status that says why. */
export class CommentError extends Error {
  constructor(
    readonly status: 400 | 403 | 404 | 409 | 413 | 429,
    readonly kind: string,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const invalid = (message: string, errors: Record<string, string | undefined> = {}) =>
  new CommentError(400, 'ValidationError', message, { errors });

type ResponseContext = { status: number; body: unknown; set: (name: string, value: string) => void };

/** Runs a controller action; a CommentError becomes Strapi's error envelope with its status. */
export const answer = async (ctx: ResponseContext, action: () => Promise<{ status?: number; body: unknown }>) => {
  try {
    const { status = 200, body } = await action();
    ctx.status = status;
    ctx.body = body;
  } catch (error) {
    if (!(error instanceof CommentError)) throw error;
    if (typeof error.details.retryAfter === 'number') ctx.set('Retry-After', String(error.details.retryAfter));
    ctx.status = error.status;
    ctx.body = { data: null, error: { status: error.status, name: error.kind, message: error.message, details: error.details } };
  }
};
