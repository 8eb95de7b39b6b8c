import { useCms } from '../helpers/cms';
import { adminReadComment, buildComment, moderate, submitComment } from '../helpers/comments';
import { eventually, startSmtp, type SmtpUnderTest } from '../helpers/smtp';

const MODERATORS = ['desk-a@derna.test', 'desk-b@derna.test'];
const INTERVAL_SECONDS = 3;
const env: Record<string, string> = {
  SMTP_HOST: '127.0.0.1',
  COMMENT_NOTIFY_EMAILS: MODERATORS.join(','),
  COMMENT_DIGEST_INTERVAL_SECONDS: String(INTERVAL_SECONDS),
  WEB_URL: 'https://news.derna.test',
  CMS_PUBLIC_URL: 'https://cms.derna.test',
  COMMENT_FLOOD_SECONDS: '0',
};
let smtp: SmtpUnderTest;
beforeAll(async () => {
  smtp = await startSmtp();
  env.SMTP_PORT = String(smtp.port);
});
afterAll(() => smtp?.stop());
const cms = useCms({ env });

const SLUG = 'libya-haftars-army-in-control-of-derna';
const story = async () => (await cms.siteClient().articles.bySlug(SLUG))?.documentId ?? '';

/** Submits a comment (opted in to mail or not) and returns its id and email. */
const comment = async (notify: boolean, data: Record<string, unknown> = {}) => {
  const payload = { ...buildComment(await story(), data), notify };
  const response = await submitComment(cms, payload);
  expect(response.status).toBe(201);
  return { id: response.body.data.id as string, email: payload.data.authorEmail as string };
};

const digests = () => smtp.mails.filter(({ subject }) => /awaiting moderation/.test(subject));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("moderators' digest", () => {
  it('lists new pending comments, one message per moderator, at most one per interval', async () => {
    const first = await comment(false, { body: 'Digest one: a fair point.' });
    const second = await comment(false, { body: 'Digest two: another fair point.' });
    expect(await eventually(() => MODERATORS.every((to) => smtp.to(to).some(({ text }) => text.includes('Digest two'))) && digests().length >= 2)).toBe(true);
    await pause(500);

    for (const mail of digests()) {
      // Nobody sees another moderator's address.
      expect(mail.recipients).toHaveLength(1);
      expect(MODERATORS).toContain(mail.to);
      expect(mail.text).toContain('https://cms.derna.test/admin/plugins/moderation?status=pending&article=');
    }
    for (const to of MODERATORS) {
      const text = smtp.to(to).map((mail) => mail.text).join('\n');
      expect(text.match(/Digest one/g)).toHaveLength(1);
      expect(text.match(/Digest two/g)).toHaveLength(1);
    }
    expect(first.id).not.toEqual(second.id);

    const third = await comment(false, { body: 'Digest three: later.' });
    expect(await eventually(() => MODERATORS.every((to) => smtp.to(to).some(({ text }) => text.includes('Digest three'))), 15_000)).toBe(true);
    expect(third.id).toBeTruthy();
    for (const to of MODERATORS) {
      const times = smtp.to(to).filter(({ subject }) => /awaiting moderation/.test(subject)).map(({ receivedAt }) => receivedAt);
      for (let i = 1; i < times.length; i += 1) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(INTERVAL_SECONDS * 1000 - 1000);
    }
  }, 60_000);

  it('neither repeats nor loses a digest across a restart', async () => {
    const pending = await comment(false, { body: 'Digest four: just before a restart.' });
    await cms.server().stop();
    await cms.server().restart();
    expect(await eventually(() => MODERATORS.every((to) => smtp.to(to).some(({ text }) => text.includes('Digest four'))), 20_000)).toBe(true);
    await pause(INTERVAL_SECONDS * 1000 + 1500);
    for (const to of MODERATORS) {
      const text = smtp.to(to).map((mail) => mail.text).join('\n');
      for (const marker of ['Digest one', 'Digest two', 'Digest three', 'Digest four']) expect(text.split(marker)).toHaveLength(2);
    }
    expect(pending.id).toBeTruthy();
  }, 90_000);

  it('sends nothing when nothing is new', async () => {
    await pause(INTERVAL_SECONDS * 1000 + 1500);
    const before = digests().length;
    await pause(INTERVAL_SECONDS * 1000 + 1500);
    expect(digests().length).toBe(before);
  }, 30_000);
});

describe("commenters' emails", () => {
  const mailsTo = (email: string) => smtp.to(email);

  it('emails an opted-in commenter once on approval, with a link and one-click unsubscribe; nobody else', async () => {
    const optedIn = await comment(true);
    const optedOut = await comment(false);
    expect((await moderate(cms, [optedIn.id, optedOut.id], 'approved')).status).toBe(200);
    expect(await eventually(() => mailsTo(optedIn.email).length === 1)).toBe(true);

    const [mail] = mailsTo(optedIn.email);
    expect(mail!.recipients).toEqual([optedIn.email]);
    expect(mail!.subject).toMatch(/is published/);
    expect(mail!.text).toContain(`https://news.derna.test/news/${SLUG}#comment-${optedIn.id}`);
    expect(mail!.header('List-Unsubscribe')).toMatch(/^<https:\/\/news\.derna\.test\/unsubscribe\/one-click\?token=[0-9a-f]{64}\.[\w-]{43}>$/);
    expect(mail!.header('List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
    expect(mail!.text).toMatch(/https:\/\/news\.derna\.test\/unsubscribe\?token=/);
    expect(mailsTo(optedOut.email)).toEqual([]);

    // Approved again after a detour through trash: still one email.
    await moderate(cms, [optedIn.id], 'trash');
    await moderate(cms, [optedIn.id], 'approved');
    await pause(1500);
    expect(mailsTo(optedIn.email)).toHaveLength(1);
  });

  it("emails the parent's author about each approved reply, without the replier's address", async () => {
    const parent = await comment(true);
    await moderate(cms, [parent.id], 'approved');
    expect(await eventually(() => mailsTo(parent.email).length === 1)).toBe(true);

    const reply = await comment(false, { parent: parent.id, body: 'A reply worth reading.' });
    const second = await comment(true, { parent: parent.id, body: 'A second reply.' });
    await moderate(cms, [reply.id, second.id], 'approved');
    expect(await eventually(() => mailsTo(parent.email).length === 3 && mailsTo(second.email).length === 1)).toBe(true);

    const replies = mailsTo(parent.email).filter(({ subject }) => /replied/.test(subject));
    expect(replies).toHaveLength(2);
    expect(replies.map(({ text }) => text).join('\n')).toContain(`#comment-${reply.id}`);
    // No commenter's address in anybody else's mail.
    for (const mail of smtp.mails) {
      for (const other of [parent.email, reply.email, second.email].filter((email) => !mail.recipients.includes(email))) {
        expect(mail.raw).not.toContain(other);
      }
    }
    expect(mailsTo(reply.email)).toEqual([]);
  });

  it('approval through the Content Manager sends the email too', async () => {
    const optedIn = await comment(true);
    const admin = await cms.loginAs('ADMIN');
    const response = await admin.request('PUT', `/content-manager/collection-types/api::comment.comment/${optedIn.id}`, {
      moderationStatus: 'approved',
    });
    expect(response.status).toBe(200);
    expect(await eventually(() => mailsTo(optedIn.email).length === 1)).toBe(true);
  });

  it('sends nothing more after one-click unsubscribe', async () => {
    const parent = await comment(true);
    await moderate(cms, [parent.id], 'approved');
    expect(await eventually(() => mailsTo(parent.email).length === 1)).toBe(true);
    const token = /token=([0-9a-f]{64}\.[\w-]{43})/.exec(mailsTo(parent.email)[0]!.header('List-Unsubscribe') ?? '')?.[1];

    expect((await cms.anonymous().post('/api/notifications/unsubscribe').send({ token: `${token?.slice(0, -2)}AA` })).status).toBe(400);
    expect((await cms.anonymous().post('/api/notifications/unsubscribe').send({ token: 'nonsense' })).status).toBe(400);
    const unsubscribed = await cms.anonymous().post('/api/notifications/unsubscribe').send({ token });
    expect(unsubscribed.status).toBe(200);
    expect(unsubscribed.body).toEqual({ data: { unsubscribed: true } });

    const reply = await comment(false, { parent: parent.id });
    await moderate(cms, [reply.id], 'approved');
    await pause(2000);
    expect(mailsTo(parent.email)).toHaveLength(1);
  });

  it('erasing a commenter removes the opt-in', async () => {
    const optedIn = await comment(true);
    const admin = await cms.loginAs('MODERATOR');
    expect((await admin.request('POST', '/moderation/commenters/erase', { email: optedIn.email })).status).toBe(200);
    expect(await adminReadComment(cms, optedIn.id)).toMatchObject({ authorName: 'Anonymous' });
    await moderate(cms, [optedIn.id], 'approved');
    await pause(2000);
    expect(mailsTo(optedIn.email)).toEqual([]);
  });
});
