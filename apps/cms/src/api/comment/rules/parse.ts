import { fieldErrors } from '@derna/contracts';
import type { z } from 'zod';
import { invalid } from './comment-error';

/** Parses with a contracts schema, or throws a 400 whose details name each bad field. */
export const parseOrThrow = <Schema extends z.ZodType>(schema: Schema, value: unknown, message: string): z.output<Schema> => {
  const result = schema.safeParse(value);
  if (!result.success) throw invalid(message, fieldErrors(result.error));
  return result.data;
};
