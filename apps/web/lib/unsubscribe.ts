import 'server-only';
import { createCmsClient } from '@derna/cms-client';
import { unsubscribeTokenSchema } from '@derna/contracts';
import { env } from './env';

/** Whether a token has the shape of ours (the CMS checks its signature). */
export const isUnsubscribeToken = (token: unknown): token is string => unsubscribeTokenSchema.safeParse(token).success;

/** Asks the CMS to stop all mail to the address the signed token stands for. */
export const unsubscribe = async (token: string): Promise<'done' | 'invalid' | 'unavailable'> => {
  if (!isUnsubscribeToken(token)) return 'invalid';
  try {
    await createCmsClient({ baseUrl: env.CMS_URL }).notifications.unsubscribe(token, { cache: 'no-store' });
    return 'done';
  } catch (error) {
    return (error as { status?: number }).status === 400 ? 'invalid' : 'unavailable';
  }
};
