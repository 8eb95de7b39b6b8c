import { buildArticle, useCms } from '../helpers/cms';
import { CANONICAL_URL_MESSAGE } from '../../src/documents/canonical-url';

/** A canonical URL reaches the page only as an absolute http(s) address. */
const cms = useCms();

const seo = (canonicalUrl: string | null) => ({ seo: { metaTitle: null, metaDescription: null, canonicalUrl } });

describe('the canonical URL an editor sets', () => {
  it.each(['javascript:alert(1)', '/news/elsewhere', '//elsewhere.example/story', 'elsewhere.example/story', 'ftp://elsewhere.example/a'])(
    'is refused with a clear message when it is %s',
    async (canonicalUrl) => {
      const editor = await cms.editor();
      const response = await editor.createDraft(buildArticle(seo(canonicalUrl)));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ error: { name: 'ValidationError', message: CANONICAL_URL_MESSAGE } });
    },
  );

  it('is refused on update too, and the story keeps its last good value', async () => {
    const editor = await cms.editor();
    const created = await editor.createDraft(buildArticle(seo('https://elsewhere.example/original')));
    expect(created.status).toBe(201);
    const { documentId } = created.body.data;
    expect((await editor.update(documentId, seo('javascript:alert(1)'))).status).toBe(400);
    expect((await editor.publish(documentId)).status).toBe(200);
    const published = await cms.anonymous().get(`/api/articles/${documentId}`).query({ populate: 'seo' });
    expect(published.body.data.seo.canonicalUrl).toBe('https://elsewhere.example/original');
  });

  it('may be left empty', async () => {
    const editor = await cms.editor();
    const created = await editor.createDraft(buildArticle(seo('')));
    expect(created.status).toBe(201);
    expect((created.body.data.seo as { canonicalUrl: unknown }).canonicalUrl).toBeNull();
  });
});
