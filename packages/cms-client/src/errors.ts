/** Strapi's error envelope: `{ error: { status, name, message, details } }`. */
export type StrapiErrorBody = {
  error?: { status?: number; name?: string; message?: string; details?: unknown };
};

export class CmsError extends Error {
  override readonly name: string = 'CmsError';
  constructor(
    message: string,
    readonly status: number,
    readonly strapiName: string | undefined,
    readonly details: unknown,
  ) {
    super(message);
  }
}

/** The CMS answered 4xx: the request was wrong or not allowed. */
export class CmsRequestError extends CmsError {
  override readonly name = 'CmsRequestError';
}

/** The CMS could not be reached, timed out, or answered 5xx: worth retrying later. */
export class CmsUnavailableError extends CmsError {
  override readonly name = 'CmsUnavailableError';
}

export const errorFromResponse = (status: number, body: unknown): CmsError => {
  const error = (body as StrapiErrorBody | null)?.error;
  const message = error?.message ?? `The CMS answered HTTP ${status}`;
  const ErrorClass = status >= 500 ? CmsUnavailableError : CmsRequestError;
  return new ErrorClass(message, status, error?.name, error?.details);
};

export const isCmsError = (value: unknown): value is CmsError => value instanceof CmsError;
