import { buildArticle, useCms } from '../helpers/cms';
import { adminReadComment, buildComment, listComments, moderate, submitComment } from '../helpers/comments';

const cms = useCms();
let article: string;

beforeAll(async () => {
  article = (await cms.siteClient().articles.bySlug('libya-haftars-army-in-control-of-derna'))?.documentId ?? '';
});

describe('submitting a comment', () => {
  it('is accepted as pending and not shown to readers', async () => {
    const response = await submitComment(cms, buildComment(article, { body: 'First!' }));
    expect(response.status).toBe(201);
    expect(response.body.data).toMatchObject({ status: 'pending', body: 'First!', parentId: null });
    const stored = await adminReadComment(cms, response.body.data.id);
    expect(stored.moderationStatus).toBe('pending');
    const list = await listComments(cms, article);
    expect(list.body.data.map((comment: { id: string }) => comment.id)).not.toContain(response.body.data.id);
  });

  it('is refused to anyone without the site token', async () => {
    const response = await cms.anonymous().post('/api/comments').send(buildComment(article));
    expect(response.status).toBe(403);
  });

  it.each([
    ['a forged status', { status: 'approved' }],
    ['a forged IP', { authorIp: '1.2.3.4' }],
    ['a forged creation time', { createdAt: '2001-01-01T00:00:00.000Z' }],
  ])('refuses %s with 400', async (_label, forged) => {
    const response = await submitComment(cms, buildComment(article, forged));
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.form).toMatch(new RegExp(`Unknown field: "${Object.keys(forged)[0]}"`));
  });

  it('refuses a comment on an unpublished or unknown story', async () => {
    const editor = await cms.editor();
    const draft = await editor.createDraft(buildArticle());
    for (const target of [draft.body.data.documentId, 'nosuchstory']) {
      const response = await submitComment(cms, buildComment(target));
      expect(response.status).toBe(404);
    }
  });

  it('refuses with 403 when comments are closed', async () => {
    const editor = await cms.editor();
    const closed = await editor.createDraft(buildArticle({ commentStatus: 'closed' }));
    await editor.publish(closed.body.data.documentId);
    const response = await submitComment(cms, buildComment(closed.body.data.documentId));
    expect(response.status).toBe(403);
    expect(response.body.error.message).toBe('Comments are closed on this story.');
  });

  it('never returns the email, IP or user agent', async () => {
    const payload = buildComment(article);
    const response = await submitComment(cms, payload);
    const text = JSON.stringify(response.body);
    expect(text).not.toContain(payload.data.authorEmail);
    expect(text).not.toContain(payload.context.ip);
    expect(text).not.toContain('Mozilla');
  });
});

describe('abuse layers', () => {
  it('answers a second comment from the same IP within 15 s with 429', async () => {
    const first = buildComment(article);
    expect((await submitComment(cms, first)).status).toBe(201);
    const again = await submitComment(cms, buildComment(article, {}, { ip: first.context.ip }));
    expect(again.status).toBe(429);
    expect(again.body.error.message).toMatch(/too quickly/);
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('answers a second comment from the same email within 15 s with 429, whatever the IP', async () => {
    const first = buildComment(article);
    expect((await submitComment(cms, first)).status).toBe(201);
    const again = await submitComment(cms, buildComment(article, { authorEmail: first.data.authorEmail }));
    expect(again.status).toBe(429);
  });

  it('answers an exact duplicate with 409', async () => {
    const first = buildComment(article);
    expect((await submitComment(cms, first)).status).toBe(201);
    const duplicate = buildComment(article, { authorEmail: first.data.authorEmail, body: first.data.body });
    const response = await submitComment(cms, duplicate);
    expect(response.status).toBe(409);
  });

  it('files a honeypot submission and a too-fast one as spam, with the reason', async () => {
    const trapped = await submitComment(cms, buildComment(article, {}, { honeypotFilled: true }));
    const hasty = await submitComment(cms, buildComment(article, {}, { elapsedMs: 800 }));
    expect(trapped.status).toBe(201);
    expect(await adminReadComment(cms, trapped.body.data.id)).toMatchObject({ moderationStatus: 'spam', flagReason: expect.stringMatching(/hidden/) });
    expect(await adminReadComment(cms, hasty.body.data.id)).toMatchObject({ moderationStatus: 'spam', flagReason: expect.stringMatching(/0\.8 s/) });
  });

  it('files disallowed words as spam and holds too many links, saying why', async () => {
    const spammy = await submitComment(cms, buildComment(article, { body: 'Cheap VIAGRA here' }));
    const linky = await submitComment(cms, buildComment(article, { body: 'See https://a.example https://b.example and www.c.example' }));
    expect(await adminReadComment(cms, spammy.body.data.id)).toMatchObject({ moderationStatus: 'spam', flagReason: 'Contains the disallowed word "viagra"' });
    expect(await adminReadComment(cms, linky.body.data.id)).toMatchObject({ moderationStatus: 'pending', flagReason: 'Contains 3 links (more than 2)' });
  });

  it('keys the per-IP budget on the IP the site forwards', async () => {
    const ip = '10.250.250.250';
    const results = [];
    // Flood control allows one per 15 s per IP, so the budget is exercised across other IPs in the limiter test file.
    results.push((await submitComment(cms, buildComment(article, {}, { ip }))).status);
    results.push((await submitComment(cms, buildComment(article, {}, { ip }))).status);
    expect(results).toEqual([201, 429]);
  });
});

describe('moderating', () => {
  it('lets a moderator approve, and records who and when', async () => {
    const submitted = await submitComment(cms, buildComment(article));
    const response = await moderate(cms, [submitted.body.data.id], 'approved');
    expect(response.status).toBe(200);
    const stored = await adminReadComment(cms, submitted.body.data.id);
    expect(stored).toMatchObject({ moderationStatus: 'approved', moderatedBy: expect.stringMatching(/Comment Moderator/) });
    expect(Date.now() - new Date(String(stored.moderatedAt)).getTime()).toBeLessThan(60_000);
  });

  it('refuses moderation without the permission', async () => {
    const response = await cms.anonymous().post('/moderation/comments/status').send({ documentIds: ['x'], status: 'approved' });
    expect(response.status).toBe(401);
  });
});
