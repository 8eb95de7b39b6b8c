import fs from 'node:fs';
import path from 'node:path';
import { useCms } from '../helpers/cms';
import { buildComment, submitComment } from '../helpers/comments';

// The digest's interval made short: the first digest goes out within a second of the comment.
const cms = useCms({ env: { COMMENT_DIGEST_INTERVAL_SECONDS: '1' } });
const outbox = path.join(__dirname, '..', '..', '.tmp', 'mail');

const mailsAbout = (needle: string) =>
  fs.existsSync(outbox)
    ? fs.readdirSync(outbox).map((file) => fs.readFileSync(path.join(outbox, file), 'utf8')).filter((text) => text.includes(needle))
    : [];

const eventually = async (check: () => boolean) => {
  for (let i = 0; i < 50 && !check(); i += 1) await new Promise((resolve) => setTimeout(resolve, 100));
  return check();
};

describe("the moderators' digest without SMTP (written to .tmp/mail)", () => {
  it('lists a pending comment, with a link to the queue', async () => {
    const article = (await cms.siteClient().articles.bySlug('libya-haftars-army-in-control-of-derna'))?.documentId ?? '';
    const marker = `Notify me ${Date.now()}`;
    expect((await submitComment(cms, buildComment(article, { body: marker }))).status).toBe(201);
    expect(await eventually(() => mailsAbout(marker).length === 1)).toBe(true);
    const [mail] = mailsAbout(marker);
    expect(mail).toContain('moderator@derna.local');
    expect(mail).toContain('awaiting moderation');
    expect(mail).toContain('/admin/plugins/moderation');
  });

  it('does not email about spam', async () => {
    const article = (await cms.siteClient().articles.bySlug('libya-haftars-army-in-control-of-derna'))?.documentId ?? '';
    const marker = `Spam ${Date.now()} viagra`;
    expect((await submitComment(cms, buildComment(article, { body: marker }))).status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(mailsAbout(marker)).toEqual([]);
  });
});
