import { buildArticle, useCms } from '../helpers/cms';
import { buildComment, submitComment } from '../helpers/comments';

/**
 * Strapi's own advisories as a checklist (CVE-2023-22894 private-field filtering, CVE-2026-27886
 * unknown-parameter bypass, populate of createdBy/updatedBy, the pagination total as a yes/no
 * oracle): none may let an anonymous client read, filter, sort or count private data.
 */
const cms = useCms();

const get = (path: string, query: Record<string, unknown>) => cms.anonymous().get(path).query(query);

/** Refused outright, or answered exactly as a filter that can never match would be: no oracle. */
const expectNoOracle = async (path: string, likely: Record<string, unknown>, impossible: Record<string, unknown>) => {
  const [a, b] = await Promise.all([get(path, likely), get(path, impossible)]);
  if (a.status === 400) return expect(b.status).toBe(400);
  expect(a.status).toBe(200);
  expect(a.body.meta?.pagination?.total).toBe(b.body.meta?.pagination?.total);
  expect(a.body.data).toEqual(b.body.data);
};

describe('admin users behind createdBy / updatedBy', () => {
  for (const relation of ['createdBy', 'updatedBy']) {
    for (const field of ['email', 'password', 'resetPasswordToken', 'registrationToken', 'firstname']) {
      it(`cannot filter articles by ${relation}.${field}`, async () => {
        await expectNoOracle(
          '/api/articles',
          { [`filters[${relation}][${field}][$startsWith]`]: field === 'password' ? '$2' : 'a' },
          { [`filters[${relation}][${field}][$startsWith]`]: 'zz-impossible' },
        );
      });
    }

    it(`cannot reach ${relation} through nested $and / $or / $not`, async () => {
      for (const op of ['$and', '$or']) {
        await expectNoOracle(
          '/api/articles',
          { [`filters[${op}][0][${relation}][email][$contains]`]: '@' },
          { [`filters[${op}][0][${relation}][email][$contains]`]: 'zz-impossible' },
        );
      }
      await expectNoOracle(
        '/api/articles',
        { [`filters[$not][${relation}][email][$contains]`]: 'zz-impossible' },
        { [`filters[$not][${relation}][email][$contains]`]: '@' },
      );
    });

    it(`cannot populate, select or sort by ${relation}`, async () => {
      for (const query of [{ populate: relation }, { [`populate[${relation}]`]: '*' }, { 'fields[0]': relation }, { sort: `${relation}.email` }]) {
        const response = await get('/api/articles', query);
        expect(JSON.stringify(response.body)).not.toMatch(/derna\.local|\$2[aby]\$|password/);
      }
    });
  }
});

describe('commenters behind the public comment list', () => {
  it('cannot filter, search or sort comments by email, IP or status', async () => {
    const article = (await cms.siteClient().articles.bySlug('libya-haftars-army-in-control-of-derna'))?.documentId;
    await submitComment(cms, buildComment(article ?? '', { authorEmail: 'secret-reader@example.com' }));
    for (const query of [
      { 'filters[authorEmail][$contains]': 'secret' },
      { 'filters[$or][0][authorIp][$startsWith]': '10.' },
      { _q: 'secret-reader' },
      { sort: 'authorEmail' },
      { moderationStatus: 'pending' },
      { status: 'draft' },
      { 'fields[0]': 'authorEmail' },
    ]) {
      const response = await get('/api/comments', { article, ...query });
      expect(response.status).toBe(400);
      expect(JSON.stringify(response.body)).not.toContain('secret-reader');
    }
  });
});

describe('unknown top-level parameters (CVE-2026-27886)', () => {
  it.each(['/api/articles', '/api/authors', '/api/categories'])('%s refuses them', async (path) => {
    const response = await get(path, { where: '{"createdBy":{"email":{"$contains":"a"}}}' });
    expect(response.status).toBe(400);
  });
});

describe('what the Public role cannot do', () => {
  it.each([
    ['GET', '/api/users'],
    ['GET', '/api/users/me'],
    ['GET', '/api/upload/files'],
    ['POST', '/api/upload'],
    ['POST', '/api/auth/local/register'],
    ['POST', '/api/auth/local'],
    ['POST', '/api/auth/forgot-password'],
    ['GET', '/api/users-permissions/roles'],
    ['POST', '/api/comments'],
  ])('%s %s is refused', async (method, path) => {
    const response = await cms.anonymous()[method === 'GET' ? 'get' : 'post'](path).send({});
    expect([401, 403, 404, 405]).toContain(response.status);
  });

  it('reads published articles, authors and categories without private fields', async () => {
    for (const path of ['/api/articles?populate=*', '/api/authors', '/api/categories']) {
      const response = await cms.anonymous().get(path);
      expect(response.status).toBe(200);
      expect(JSON.stringify(response.body)).not.toMatch(/createdBy|updatedBy|derna\.local|password/);
    }
  });
});

describe('drafts behind relations', () => {
  it('are not reachable by populating articles from an author or a category', async () => {
    const derna = await cms.anonymous().get('/api/articles').query({ populate: ['author', 'category'] });
    const [{ author, category }] = derna.body.data;
    const editor = await cms.editor();
    const draft = buildArticle({ title: 'Secret draft behind a relation', author: author.documentId, category: category.documentId });
    expect((await editor.createDraft(draft)).status).toBe(201);
    for (const path of ['/api/authors', '/api/categories']) {
      for (const query of [{ populate: 'articles' }, { populate: 'articles', status: 'draft' }, { 'populate[articles][filters][title][$contains]': 'Secret' }]) {
        const response = await cms.anonymous().get(path).query(query);
        expect(JSON.stringify(response.body)).not.toContain('Secret draft');
      }
    }
    // One author, many stories: linking the draft left the Derna story's byline alone.
    expect((await cms.siteClient().articles.bySlug('libya-haftars-army-in-control-of-derna'))?.author?.name).toBe(author.name);
  });
});

describe('query strings built to hurt', () => {
  it('refuses deeply nested filters', async () => {
    const deep = `filters${'[$and][0]'.repeat(40)}[title][$eq]=x`;
    expect((await cms.anonymous().get(`/api/articles?${deep}`)).status).toBe(400);
  });

  it('refuses a huge query string before parsing it', async () => {
    const huge = Array.from({ length: 2000 }, (_, i) => `filters[title][$in][${i}]=aaaaaaaaaa`).join('&');
    // Node answers 431 and closes the socket while the request is still arriving: the client sees
    // either that answer or the connection reset. Both are a refusal before any parsing.
    const outcome = await cms
      .anonymous()
      .get(`/api/articles?${huge}`)
      .then((response) => response.status)
      .catch((error: { code?: string }) => error.code);
    expect([414, 431, 'ECONNRESET', 'EPIPE']).toContain(outcome);
  });
});
