import { isFetchError } from '@strapi/strapi/admin';

export type ApiProblem = { status?: number; message: string; fields: Record<string, string> };

type Envelope = { message?: unknown; details?: { errors?: unknown } };

const FALLBACK: Record<number, string> = {
  401: 'Your session has expired. Log in again and retry.',
  403: 'You do not have permission to do this. Ask an administrator for the Moderation permissions.',
  404: 'The moderation API was not found. Is the moderation plugin enabled on this server?',
};

const textFields = (errors: unknown): Record<string, string> =>
  errors && typeof errors === 'object'
    ? Object.fromEntries(Object.entries(errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
    : {};

/** Turns whatever a request threw into a sentence for a notification, plus per-field messages. */
export const toApiProblem = (error: unknown): ApiProblem => {
  if (!isFetchError(error)) {
    return { message: 'The CMS could not be reached. Check your connection and try again.', fields: {} };
  }
  const envelope = (error.response?.data?.error ?? {}) as Envelope;
  const status = error.status;
  const message =
    typeof envelope.message === 'string' && envelope.message !== 'Unknown Server Error'
      ? envelope.message
      : ((status ? FALLBACK[status] : undefined) ?? 'Something went wrong on the server. Try again in a moment.');
  return { status, message, fields: textFields(envelope.details?.errors) };
};

export const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';
