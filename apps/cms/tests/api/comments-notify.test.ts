import fs from 'node:fs';
import path from 'node:path';
import { useCms } from '../helpers/cms';
import { buildComment, submitComment } from '../helpers/comments';

const cms = useCms();
const outbox = path.join(__dirname, '..', '..', '.tmp', 'mail');

const mailsAbout = (needle: string) =>
  fs.existsSync(outbox)
    ? fs.readdirSync(outbox).map((file) => fs.readFileSync(path.join(outbox, file), 'utf8')).filter((text) => text.includes(needle))
    : [];

const eventually = async (check: () => boolean) => {
  for (let i = 0; i < 50 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  return check();
};

describe('new-comment notifications (no SMTP configured: written to .tmp/mail)', () => {
  it('emails the moderators about a pending comment, with a link to the queue', async () => {
    const article = (await cms.siteClient().articles.bySlug('libya-haftars-army-in-control-of-derna'))?.documentId ?? '';
    const marker = `Notify me ${Date.now()}`;
    expect((await submitComment(cms, buildComment(article, { body: marker }))).status).toBe(201);
    expect(await eventually(() => mailsAbout(marker).length === 1)).toBe(true);
    const [mail] = mailsAbout(marker);
    expect(mail).toContain('moderator@derna.local');
    expect(mail).toContain('New comment awaiting moderation on');
    expect(mail).toContain('/admin/plugins/moderation');
  });

  it('does not email about spam', async () => {
    const article = (await cms.siteClient().articles.bySlug('libya-haftars-army-in-control-of-derna'))?.documentId ?? '';
    const marker = `Spam ${Date.now()} viagra`;
    expect((await submitComment(cms, buildComment(article, { body: marker }))).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(mailsAbout(marker)).toEqual([]);
  });
});
