import { ABSOLUTE_HTTP_URL_PATTERN, COMMENT_STATUSES } from '@derna/contracts';
import { COMMENT_STATUS_LABELS } from '../../src/admin-config/comment-status-labels';
import { canUseSettings } from '../../src/admin/settings-link/settings-permissions';
import { useCms } from '../helpers/cms';
import { configurationOf } from '../helpers/content-manager';
import article from '../../src/api/article/content-types/article/schema.json';
import author from '../../src/api/author/content-types/author/schema.json';
import category from '../../src/api/category/content-types/category/schema.json';
import comment from '../../src/api/comment/content-types/comment/schema.json';
import seo from '../../src/components/shared/seo.json';

/** The admin in the newsroom's words: read back through the Content Manager's own API, as the admin UI does. */
const cms = useCms();

const TYPES = [
  ['api::article.article', article],
  ['api::author.author', author],
  ['api::category.category', category],
  ['api::comment.comment', comment],
] as const;

const labelsOf = (metadatas: Record<string, { edit: Record<string, unknown> }>, attributes: object) =>
  Object.keys(attributes).map((name) => ({ name, label: metadatas[name]?.edit.label }));

describe('the Content Manager configuration', () => {
  it.each(TYPES)('gives every field of %s a human label', async (uid, schema) => {
    const { contentType } = await configurationOf(cms, uid);
    for (const { name, label } of labelsOf(contentType.metadatas, schema.attributes)) {
      expect({ name, label: typeof label === 'string' && label !== name && label.length > 1 }).toEqual({ name, label: true });
    }
  });

  it('labels the SEO component and explains its canonical URL', async () => {
    const { components } = await configurationOf(cms, 'api::article.article');
    const metadatas = components['shared.seo']?.metadatas ?? {};
    for (const { name, label } of labelsOf(metadatas, seo.attributes)) expect(label).not.toBe(name);
    expect(metadatas.canonicalUrl?.edit.description).toMatch(/https:\/\//);
  });

  it('speaks plainly where a name does not say enough', async () => {
    const { contentType } = await configurationOf(cms, 'api::article.article');
    expect(contentType.metadatas.dek?.edit).toMatchObject({ label: 'Standfirst', description: expect.stringMatching(/summary under the headline/) });
    expect(contentType.metadatas.slug?.edit.label).toBe('URL slug');
    expect(contentType.metadatas.commentStatus?.edit.description).toMatch(/open or closed/);
    // Strapi's own keys survive the merge: the byline still shows the author's name.
    expect(contentType.metadatas.author?.edit.mainField).toBe('name');
  });

  it('puts the story text first and metadata and SEO after', async () => {
    const { contentType } = await configurationOf(cms, 'api::article.article');
    const order = contentType.layouts.edit.flat().map(({ name }) => name);
    expect(order.slice(0, 3)).toEqual(['title', 'dek', 'body']);
    expect(order.at(-1)).toBe('seo');
    expect(new Set(order)).toEqual(new Set(Object.keys(article.attributes)));
  });

  it('lists stories by title, section, author, status and first published date', async () => {
    const { contentType } = await configurationOf(cms, 'api::article.article');
    // Status is the Content Manager's own column for every draft-and-publish type.
    expect(contentType.layouts.list).toEqual(['title', 'category', 'author', 'publishedDate']);
    expect(contentType.metadatas.category?.list.label).toBe('Section');
  });

  it('lists comments by status, author, excerpt, story and date, newest first, titled by author and excerpt', async () => {
    const { contentType } = await configurationOf(cms, 'api::comment.comment');
    expect(contentType.layouts.list).toEqual(['moderationStatus', 'authorName', 'excerpt', 'articleTitle', 'createdAt']);
    expect(contentType.layouts.list.map((name) => contentType.metadatas[name]?.list.label)).toEqual([
      'Status',
      'Author name',
      'Comment',
      'Story',
      'Received',
    ]);
    expect(contentType.settings).toMatchObject({ mainField: 'title', defaultSortBy: 'createdAt', defaultSortOrder: 'DESC', filterable: true });
    const edit = contentType.layouts.edit.flat().map(({ name }) => name);
    expect(edit[0]).toBe('body');
    for (const id of ['article', 'parent', 'threadRoot']) expect(edit).not.toContain(id);
    expect(contentType.metadatas.articleTitle?.edit.editable).toBe(false);
  });

  it('names every comment status in words, not by its stored value, for the list, filters and form', async () => {
    // Words a person reads ("Awaiting moderation", "Approved"), never the stored value as it is.
    for (const status of COMMENT_STATUSES) expect(COMMENT_STATUS_LABELS[status]).toMatch(/^[A-Z][a-z]+( [a-z]+)*$/);
    expect(COMMENT_STATUS_LABELS.pending).toBe('Awaiting moderation');
    // The admin's list hooks find the comment list by this mark (they are told the layout, not the type).
    const admin = await cms.loginAs('ADMIN');
    const types = await admin.request<{ data: Array<{ uid: string; pluginOptions?: Record<string, unknown> }> }>('GET', '/content-manager/content-types');
    expect(types.body.data.find(({ uid }) => uid === 'api::comment.comment')?.pluginOptions).toMatchObject({ derna: { list: 'comment' } });
    // The stored values stay the contract's.
    expect(comment.attributes.moderationStatus.enum).toEqual([...COMMENT_STATUSES]);
  });

  it('offers Settings in the main menu only to whoever may open one of its pages', async () => {
    const requirements = [[{ action: 'admin::roles.read', subject: null }], [{ action: 'plugin::upload.settings.read', subject: null }]];
    const moderator = await cms.loginAs('MODERATOR');
    const held = (await moderator.request<{ data: Array<{ action: string; subject: string | null }> }>('GET', '/admin/users/me/permissions')).body.data;
    expect(held.length).toBeGreaterThan(0);
    expect(canUseSettings(held, requirements)).toBe(false);
    const admin = await cms.loginAs('ADMIN');
    const all = (await admin.request<{ data: Array<{ action: string; subject: string | null }> }>('GET', '/admin/users/me/permissions')).body.data;
    expect(canUseSettings(all, requirements)).toBe(true);
    // Pages open to everyone (Strapi's Overview) are no reason to show the entry.
    expect(canUseSettings(held, [])).toBe(false);
  });

  it('checks a canonical URL in the admin with the same pattern as everywhere else', () => {
    expect(seo.attributes.canonicalUrl.regex).toBe(ABSOLUTE_HTTP_URL_PATTERN);
  });

  it('is the same after another boot', async () => {
    const before = await configurationOf(cms, 'api::comment.comment');
    await cms.server().stop();
    await cms.server().restart();
    expect(await configurationOf(cms, 'api::comment.comment')).toEqual(before);
  });
});
