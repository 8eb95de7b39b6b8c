import { useCms } from '../helpers/cms';
import { buildComment, submitComment } from '../helpers/comments';

const cms = useCms();
let article: string;

beforeAll(async () => {
  article = (await cms.siteClient().articles.bySlug('libya-haftars-army-in-control-of-derna'))?.documentId ?? '';
});

const submit = (data: Record<string, unknown>) => submitComment(cms, buildComment(article, data));
const fieldError = async (data: Record<string, unknown>, field: string) => {
  const response = await submit(data);
  expect(response.status).toBe(400);
  return response.body.error.details.errors[field] as string;
};

describe('limits as WordPress enforces them, at the boundary and one over', () => {
  it('name: 245 characters, counting an emoji as one', async () => {
    expect((await submit({ authorName: 'a'.repeat(245) })).status).toBe(201);
    expect((await submit({ authorName: '😀'.repeat(245) })).status).toBe(201);
    expect(await fieldError({ authorName: 'a'.repeat(246) }, 'authorName')).toMatch(/at most 245 characters/);
    expect(await fieldError({ authorName: '😀'.repeat(246) }, 'authorName')).toMatch(/at most 245/);
  });

  it('email: 100 characters and valid, no line breaks', async () => {
    const local = (n: number) => `${'e'.repeat(n - '@example.com'.length)}@example.com`;
    expect((await submit({ authorEmail: local(100) })).status).toBe(201);
    expect(await fieldError({ authorEmail: local(101) }, 'authorEmail')).toMatch(/at most 100/);
    expect(await fieldError({ authorEmail: 'not-an-email' }, 'authorEmail')).toMatch(/valid email/);
    expect(await fieldError({ authorEmail: 'a@example.com\r\nBcc: victim@example.com' }, 'authorEmail')).toMatch(/valid email/);
  });

  it('website: 200 characters, http or https only', async () => {
    const url = (n: number) => `https://example.com/${'p'.repeat(n - 'https://example.com/'.length)}`;
    expect((await submit({ authorUrl: url(200) })).status).toBe(201);
    expect(await fieldError({ authorUrl: url(201) }, 'authorUrl')).toMatch(/at most 200/);
    for (const scheme of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.com']) {
      expect(await fieldError({ authorUrl: scheme }, 'authorUrl')).toMatch(/http:\/\/ or https:\/\//);
    }
    expect((await submit({ authorUrl: '' })).status).toBe(201);
  });

  it('body: 65,525 bytes, not blank', async () => {
    expect((await submit({ body: 'b'.repeat(65_525) })).status).toBe(201);
    expect((await submit({ body: `${'😀'.repeat(16_381)}b` })).status).toBe(201); // 65,525 bytes
    expect(await fieldError({ body: 'b'.repeat(65_526) }, 'body')).toMatch(/too long/);
    expect(await fieldError({ body: '😀'.repeat(16_382) }, 'body')).toMatch(/too long/); // 65,528 bytes
    expect(await fieldError({ body: ' \n\t ' }, 'body')).toMatch(/type your comment/);
  });

  it('refuses arrays and objects where text is expected', async () => {
    expect(await fieldError({ authorName: ['a', 'b'] }, 'authorName')).toMatch(/must be text/);
    expect(await fieldError({ body: { $ne: '' } }, 'body')).toMatch(/must be text/);
  });

  it('refuses an oversized request before parsing it, with 413', async () => {
    const response = await submit({ body: 'x'.repeat(400_000) });
    expect(response.status).toBe(413);
  });
});
