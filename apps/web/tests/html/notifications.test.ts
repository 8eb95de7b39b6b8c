import fs from 'node:fs';
import path from 'node:path';
import { attributesOf, decodeEntities, fetchPage, visibleText, waitFor } from './html';
import { publishArticle, stack } from './stack';

const outbox = path.join(__dirname, '..', '..', '..', 'cms', '.tmp', 'mail');
const unique = () => Math.random().toString(36).slice(2, 10);

/** The hidden fields and action of the first form whose markup contains `marker`, as a browser without JS would post it. */
const formIn = (html: string, marker: string) => {
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map(([markup]) => markup).find((markup) => markup.includes(marker));
  if (!form) throw new Error(`No form containing ${marker}`);
  const attributes = attributesOf(form.match(/<form\b[^>]*>/)?.[0] ?? '');
  const hidden = [...form.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)].map(([tag]) => attributesOf(tag));
  return { attributes, fields: hidden.map(({ name, value }) => [name ?? '', value ?? ''] as const), markup: form };
};

const postForm = (action: string, fields: ReadonlyArray<readonly [string, string]>, multipart = false) => {
  const body = multipart ? new FormData() : new URLSearchParams();
  for (const [name, value] of fields) body.append(name, value);
  return fetchPage(new URL(action, stack.webUrl()).toString(), { method: 'POST', body, headers: { Origin: stack.webUrl() } });
};

const approvedComment = async (notify = false) => {
  const { slug, documentId: article } = await publishArticle();
  const authorEmail = `reader-${unique()}@example.com`;
  const response = await fetch(`${stack.webUrl()}/api/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ article, authorName: 'Salma', authorEmail, body: `Worth reporting? ${unique()}`, notify }),
  });
  expect(response.status).toBe(201);
  const { comment } = await response.json();
  expect((await stack.moderate([comment.id], 'approved')).status).toBe(200);
  await waitFor(async () => (await fetchPage(`${stack.webUrl()}/news/${slug}`)).html.includes(`comment-${comment.id}`));
  return { slug, id: comment.id as string, authorEmail };
};

describe('the comment form', () => {
  it('offers the email opt-in, unchecked', async () => {
    const { slug } = await publishArticle();
    const { html } = await fetchPage(`${stack.webUrl()}/news/${slug}`);
    const box = attributesOf(html.match(/<input\b[^>]*id="notify-me"[^>]*>/)?.[0] ?? '');
    expect(box).toMatchObject({ type: 'checkbox', name: 'notify', value: 'yes' });
    expect(box).not.toHaveProperty('checked');
    expect(visibleText(html)).toContain('Email me when my comment is approved and when someone replies');
  });
});

describe('reporting a comment without JavaScript', () => {
  const sendReport = async (slug: string, id: string, reason: string) => {
    const { html } = await fetchPage(`${stack.webUrl()}/news/${slug}/report/${id}`);
    const form = formIn(html, 'name="reason"');
    expect(form.attributes).toMatchObject({ method: 'post', action: '/api/reports' });
    const sent = await postForm(form.attributes.action!, [...form.fields, ['reason', reason]], false);
    expect(sent.response.status).toBe(303);
    const location = sent.response.headers.get('location') ?? '';
    expect(location).toContain(`/news/${slug}/report/${id}?result=`);
    return visibleText((await fetchPage(new URL(location, stack.webUrl()).toString())).html);
  };

  it('links each approved comment to a report page whose plain form posts and thanks the reader', async () => {
    const { slug, id } = await approvedComment();
    const story = (await fetchPage(`${stack.webUrl()}/news/${slug}`)).html;
    expect(story).toContain(`href="/news/${slug}/report/${id}"`);

    const { response, html } = await fetchPage(`${stack.webUrl()}/news/${slug}/report/${id}`);
    expect(response.status).toBe(200);
    expect(visibleText(html)).toContain('Report a comment');
    expect(html).toContain('name="robots" content="noindex, nofollow"');
    expect(formIn(html, 'name="reason"').markup).toMatch(/<textarea[^>]*name="reason"/);
    expect(await sendReport(slug, id, 'Personal attack')).toContain('Thank you. A moderator will look at this comment.');
  });

  it('says why a report was refused', async () => {
    const { slug, id } = await approvedComment();
    expect(await sendReport(slug, id, 'x'.repeat(501))).toContain('Please keep the reason under 500 characters.');
  });

  it('refuses cross-site reports', async () => {
    const { id } = await approvedComment();
    const response = await fetch(`${stack.webUrl()}/api/reports`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: JSON.stringify({ comment: id }),
    });
    expect(response.status).toBe(403);
  });
});

describe('unsubscribing', () => {
  const tokenFor = (email: string) => {
    const mail = fs.existsSync(outbox)
      ? fs.readdirSync(outbox).map((file) => fs.readFileSync(path.join(outbox, file), 'utf8')).find((text) => text.includes(email))
      : undefined;
    return mail?.match(/unsubscribe\?token=([0-9a-f]{64}\.[\w-]{43})/)?.[1];
  };

  it('works from a plain form, and the one-click address takes the RFC 8058 post', async () => {
    const { authorEmail } = await approvedComment(true);
    await waitFor(async () => Boolean(tokenFor(authorEmail)));
    const token = tokenFor(authorEmail)!;

    const { html } = await fetchPage(`${stack.webUrl()}/unsubscribe?token=${token}`);
    expect(html).toContain('name="robots" content="noindex, nofollow"');
    const form = formIn(html, 'Unsubscribe');
    expect(form.attributes.method).toBe('post');
    const sent = await postForm(decodeEntities(form.attributes.action!), form.fields, false);
    expect(sent.response.status).toBe(303);
    const location = sent.response.headers.get('location') ?? '';
    expect(location).toContain('/unsubscribe?result=done');
    expect(visibleText((await fetchPage(new URL(location, stack.webUrl()).toString())).html)).toContain('You are unsubscribed');

    const oneClick = await fetch(`${stack.webUrl()}/unsubscribe/one-click?token=${token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
  });

  it('refuses a forged token', async () => {
    const forged = `${'a'.repeat(64)}.${'b'.repeat(43)}`;
    const oneClick = await fetch(`${stack.webUrl()}/unsubscribe/one-click?token=${forged}`, { method: 'POST', body: 'List-Unsubscribe=One-Click' });
    expect(oneClick.status).toBe(400);
    expect(visibleText((await fetchPage(`${stack.webUrl()}/unsubscribe?token=nonsense`)).html)).toContain('This link is not valid');
  });
});
