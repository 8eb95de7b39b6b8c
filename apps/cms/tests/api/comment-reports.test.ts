import { useCms } from '../helpers/cms';
import { buildComment, listComments, moderate, submitComment } from '../helpers/comments';
import { eventually, startSmtp, type SmtpUnderTest } from '../helpers/smtp';

const env: Record<string, string> = {
  SMTP_HOST: '127.0.0.1',
  COMMENT_NOTIFY_EMAILS: 'desk@derna.test',
  COMMENT_DIGEST_INTERVAL_SECONDS: '1',
  COMMENT_REPORT_THRESHOLD: '3',
  COMMENT_REPORT_RATE_LIMIT: '4',
  COMMENT_FLOOD_SECONDS: '0',
};
let smtp: SmtpUnderTest;
beforeAll(async () => {
  smtp = await startSmtp();
  env.SMTP_PORT = String(smtp.port);
});
afterAll(() => smtp?.stop());
const cms = useCms({ env });

const story = async () => (await cms.siteClient().articles.bySlug('libya-haftars-army-in-control-of-derna'))?.documentId ?? '';
let readerNumber = 0;
const newReader = () => `192.0.2.${(readerNumber += 1)}`;

const approvedComment = async (body = `Reported opinion ${Math.random()}`) => {
  const response = await submitComment(cms, buildComment(await story(), { body }));
  const id = response.body.data.id as string;
  await moderate(cms, [id], 'approved');
  return id;
};

const report = (comment: string, ip: string, reason?: string, token: string | null = cms.server().env.CMS_API_TOKEN ?? '') => {
  const request = cms.anonymous().post('/api/comment-reports');
  if (token) request.set('Authorization', `Bearer ${token}`);
  return request.send({ data: { comment, ...(reason === undefined ? {} : { reason }) }, context: { ip } });
};

const isListed = async (id: string) => {
  const page = await listComments(cms, await story(), { pageSize: 50 });
  return JSON.stringify(page.body.data).includes(id);
};

type Reported = { data: Array<{ documentId: string; reports: number; readers: number; reasons: string[]; moderationStatus: string }> };
const reportedView = async () => (await (await cms.loginAs('MODERATOR')).request<Reported>('GET', '/moderation/reports')).body.data;

describe('readers report a comment', () => {
  it('only through the site server, only approved comments, with clear errors', async () => {
    const approved = await approvedComment();
    expect((await report(approved, newReader(), 'x', null)).status).toBe(403);
    const pending = (await submitComment(cms, buildComment(await story()))).body.data.id as string;
    expect((await report(pending, newReader())).status).toBe(404);
    const tooLong = await report(approved, newReader(), 'x'.repeat(501));
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.details.errors.reason).toMatch(/500 characters/);
    expect((await report(approved, newReader(), undefined)).status).toBe(201);
  });

  it('sends a comment back to pending after reports from three distinct readers, and the digest says so', async () => {
    const id = await approvedComment('Three readers object to this.');
    const first = newReader();
    expect((await report(id, first, 'Insulting')).status).toBe(201);
    // The same reader twice still counts once.
    expect((await report(id, first, 'Still insulting')).status).toBe(201);
    expect((await report(id, newReader())).status).toBe(201);
    expect(await isListed(id)).toBe(true);
    expect((await reportedView()).find(({ documentId }) => documentId === id)).toMatchObject({ readers: 2, moderationStatus: 'approved' });

    expect((await report(id, newReader(), 'Off topic')).status).toBe(201);
    expect(await isListed(id)).toBe(false);
    const entry = (await reportedView()).find(({ documentId }) => documentId === id);
    expect(entry).toMatchObject({ readers: 3, moderationStatus: 'pending' });
    expect(entry?.reasons).toEqual(expect.arrayContaining(['Insulting', 'Off topic']));

    const sentBack = () => smtp.to('desk@derna.test').find(({ text }) => text.includes("readers' reports") && text.includes('Three readers object'));
    expect(await eventually(() => Boolean(sentBack()))).toBe(true);
    expect(sentBack()!.text).toContain('/admin/plugins/moderation?view=reported');
    // Reasons and reporters stay private.
    expect(JSON.stringify((await listComments(cms, await story(), { pageSize: 50 })).body)).not.toContain('Insulting');

    // The moderator approves it again: the reports are settled and it is back on the page.
    await moderate(cms, [id], 'approved');
    expect(await isListed(id)).toBe(true);
    expect((await reportedView()).find(({ documentId }) => documentId === id)).toBeUndefined();
  });

  it('lets a moderator dismiss the reports', async () => {
    const id = await approvedComment();
    await report(id, newReader(), 'Dubious');
    expect((await reportedView()).some(({ documentId }) => documentId === id)).toBe(true);
    const session = await cms.loginAs('MODERATOR');
    expect((await session.request('POST', '/moderation/reports/dismiss', { documentIds: [id] })).body).toEqual({ dismissed: 1 });
    expect((await reportedView()).some(({ documentId }) => documentId === id)).toBe(false);
    expect(await isListed(id)).toBe(true);
    // Readers cannot reach the view.
    expect((await cms.anonymous().get('/moderation/reports')).status).toBe(401);
  });

  it('exposes no report, opt-in, opt-out or outbox through the public API', async () => {
    for (const path of ['/api/comment-reports', '/api/notifications', '/api/comment-subscriptions', '/api/mail-unsubscribes']) {
      expect([403, 404, 405]).toContain((await cms.anonymous().get(path)).status);
    }
  });

  it('rate-limits each reader', async () => {
    const ip = newReader();
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await report(await approvedComment(), ip)).status);
    expect(statuses).toEqual([201, 201, 201, 201, 429]);
    const limited = await report(await approvedComment(), ip);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.body.error.message).toMatch(/try again/);
    expect((await report(await approvedComment(), newReader())).status).toBe(201);
  });
});
