import 'server-only';
import { createCmsClient, CmsRequestError } from '@derna/cms-client';
import { commentReportSchema, fieldErrors } from '@derna/contracts';
import { env } from '../env';
import { readerIp } from './reader-ip';

export type ReportResult = { ok: true } | { ok: false; status: number; message: string };

const UNAVAILABLE = 'Reports cannot be sent right now. Please try again in a minute.';

/** A reader's report, checked with the shared contract and sent with the site's token and the reader's IP. */
export const reportComment = async (input: unknown, headers: Headers): Promise<ReportResult> => {
  const parsed = commentReportSchema.safeParse(input);
  if (!parsed.success) {
    const errors = fieldErrors(parsed.error);
    return { ok: false, status: 400, message: errors.reason ?? 'This comment cannot be reported.' };
  }
  if (!env.CMS_API_TOKEN) return { ok: false, status: 503, message: UNAVAILABLE };
  const cms = createCmsClient({ baseUrl: env.CMS_URL, token: env.CMS_API_TOKEN });
  try {
    await cms.comments.report(parsed.data, { ip: readerIp(headers) });
    return { ok: true };
  } catch (error) {
    if (error instanceof CmsRequestError) return { ok: false, status: error.status, message: error.message };
    return { ok: false, status: 503, message: UNAVAILABLE };
  }
};
