import { fetchPage, visibleText, waitFor } from './html';
import { publishArticle, stack } from './stack';

const DERNA = 'libya-haftars-army-in-control-of-derna';

const articleId = async (slug: string) => {
  const { html } = await fetchPage(`${stack.webUrl()}/news/${slug}`);
  const id = html.match(/name="article" value="([a-z0-9]+)"/)?.[1];
  if (!id) throw new Error(`No comment form on ${slug}`);
  return id;
};

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${stack.webUrl()}/api/comments`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const unique = () => Math.random().toString(36).slice(2, 10);
const validComment = (article: string, overrides: Record<string, unknown> = {}) => ({
  article,
  authorName: 'Amal',
  authorEmail: `amal-${unique()}@example.com`,
  body: `Thank you for this report ${unique()}.`,
  ...overrides,
});

describe('posting a comment through the site', () => {
  it('holds it for moderation, then shows it once approved, without the email', async () => {
    const { slug, documentId: article } = await publishArticle();
    const comment = validComment(article);
    const response = await post(comment);
    expect(response.status).toBe(201);
    const { comment: submitted } = await response.json();
    expect(submitted).toMatchObject({ status: 'pending', body: comment.body });

    expect(visibleText((await fetchPage(`${stack.webUrl()}/news/${slug}`)).html)).not.toContain(comment.body);
    expect((await stack.moderate([submitted.id], 'approved')).status).toBe(200);
    const delay = await waitFor(async () => visibleText((await fetchPage(`${stack.webUrl()}/news/${slug}`)).html).includes(comment.body));
    process.stdout.write(`approve → visible on the story page in ${delay} ms\n`);
    const { html } = await fetchPage(`${stack.webUrl()}/news/${slug}`);
    expect(html).not.toContain(comment.authorEmail);
    expect(visibleText(html)).toContain('1 Comment');
  });

  it('answers bad input with 400 and a message per field', async () => {
    const article = await articleId(DERNA);
    const response = await post(validComment(article, { authorEmail: 'not-an-email', body: '   ' }));
    expect(response.status).toBe(400);
    const { error } = await response.json();
    expect(error.errors).toMatchObject({ authorEmail: 'Please enter a valid email address.', body: 'Please type your comment.' });
  });

  it.each([['status', 'approved'], ['authorIp', '1.2.3.4'], ['createdAt', '2001-01-01T00:00:00Z']])(
    'refuses a forged %s with 400',
    async (field, value) => {
      const response = await post(validComment(await articleId(DERNA), { [field]: value }));
      expect(response.status).toBe(400);
      expect((await response.json()).error.errors.form).toContain(`"${field}"`);
    },
  );

  it('refuses cross-site posts', async () => {
    const comment = validComment(await articleId(DERNA));
    expect((await post(comment, { Origin: 'https://evil.example' })).status).toBe(403);
    expect((await post(comment, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
  });

  it('refuses an oversized body with 413 before parsing it', async () => {
    const response = await post(`{"body":"${'x'.repeat(400_000)}"}`);
    expect(response.status).toBe(413);
  });

  it('answers 403 where comments are closed, and the page says so', async () => {
    const { slug, documentId } = await publishArticle({ commentStatus: 'closed' });
    const response = await post(validComment(documentId));
    expect(response.status).toBe(403);
    const text = visibleText((await fetchPage(`${stack.webUrl()}/news/${slug}`)).html);
    expect(text).toContain('Comments are closed.');
    expect(text).not.toContain('Post Comment');
  });
});

describe('replying without JavaScript', () => {
  it('opens the story with the form under the comment (/reply/<id>)', async () => {
    const { slug, documentId } = await publishArticle();
    const created = await (await post(validComment(documentId, { authorName: 'Salem' }))).json();
    await stack.moderate([created.comment.id], 'approved');
    await waitFor(async () => visibleText((await fetchPage(`${stack.webUrl()}/news/${slug}`)).html).includes('Salem'));

    const story = (await fetchPage(`${stack.webUrl()}/news/${slug}`)).html;
    expect(story).toContain(`href="/news/${slug}/reply/${created.comment.id}#respond"`);
    const { response, html } = await fetchPage(`${stack.webUrl()}/news/${slug}/reply/${created.comment.id}`);
    expect(response.status).toBe(200);
    expect(visibleText(html)).toContain('Reply to Salem');
    expect(visibleText(html)).toContain('Cancel reply');
    expect(html).toMatch(new RegExp(`name="parent" value="${created.comment.id}"`));
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow"/);
  });
});

describe('later pages of comments, for readers without JavaScript', () => {
  it('serves page 2 of a busy story: the next threads, not indexed, pointing back', async () => {
    const { slug, documentId: article } = await publishArticle();
    const ids: string[] = [];
    for (let number = 1; number <= 21; number += 1) {
      const response = await post(validComment(article, { authorName: `Reader ${number}`, body: `Thread number ${number}.` }));
      expect(response.status).toBe(201);
      ids.push((await response.json()).comment.id);
    }
    expect((await stack.moderate(ids, 'approved')).status).toBe(200);
    const story = await waitFor(async () => visibleText((await fetchPage(`${stack.webUrl()}/news/${slug}`)).html).includes('21 Comments'));
    expect(story).toBeGreaterThanOrEqual(0);
    // The whole page in order: nothing streamed out of order (which only JavaScript puts in place).
    const whole = (await fetchPage(`${stack.webUrl()}/news/${slug}`, { headers: { 'User-Agent': 'Mozilla/5.0 Chrome/131' } })).html;
    expect(whole).not.toMatch(/<template id="B:/);
    expect(visibleText(whole)).toContain('Thread number 20.');

    const { response, html } = await fetchPage(`${stack.webUrl()}/news/${slug}/comments/2`);
    expect(response.status).toBe(200);
    const text = visibleText(html);
    expect(text).toContain('Thread number 21.');
    expect(text).not.toContain('Thread number 20.');
    expect(text).toContain('Earlier comments');
    expect(html).toMatch(/<meta name="robots" content="noindex, follow"/);
    expect(html).toContain(`<link rel="canonical" href="${stack.webUrl()}/news/${slug}"`);
  });

  it.each(['1', '2', '0', '-1', 'two', '99999'])('answers 404 for page %s of a story with one page', async (page) => {
    const { slug } = await publishArticle();
    expect((await fetchPage(`${stack.webUrl()}/news/${slug}/comments/${page}`)).response.status).toBe(404);
  });
});
