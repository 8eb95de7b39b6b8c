import { buildArticle, useCms } from '../helpers/cms';
import { buildComment, submitComment } from '../helpers/comments';
import { COMMENTS, configurationOf, listCommentsAs, type ListedComment } from '../helpers/content-manager';
import { displayFieldsOf } from '../../src/api/comment/rules/display-fields';

/**
 * The admin shows a comment's story by its title and the comment by its author and first words:
 * never a document id, whatever happens to the story (unpublish, republish, a new title and slug).
 */
const cms = useCms();

const LONG_BODY = `It was a terrible night.\nThe water came down the wadi 😢 and\ttook whole streets with it, ${'and more '.repeat(12)}`;
let story: string;
let title: string;
const mine: Array<{ id: string; authorName: string; body: string }> = [];

const post = async (data: Record<string, unknown>) => {
  const payload = buildComment(story, data);
  const response = await submitComment(cms, payload);
  expect(response.status).toBe(201);
  mine.push({ id: response.body.data.id as string, authorName: payload.data.authorName, body: payload.data.body as string });
};

const listed = async () => {
  const response = await listCommentsAs(cms, 'MODERATOR');
  expect(response.status).toBe(200);
  const byId = new Map(response.body.results.map((row) => [row.documentId, row]));
  return mine.map(({ id }) => byId.get(id) as ListedComment);
};

const storiesShown = async () => (await listed()).map((row) => row.articleTitle);

beforeAll(async () => {
  const editor = await cms.editor();
  title = `Floods in Derna ${Date.now()}`;
  const draft = await editor.createDraft(buildArticle({ title }));
  story = draft.body.data.documentId;
  expect((await editor.publish(story)).status).toBe(200);
  await post({ authorName: 'Ana Lopez', body: LONG_BODY });
  await post({});
});

describe('comments in the Content Manager', () => {
  it('are titled by author and excerpt, with the title of their story', async () => {
    const rows = await listed();
    rows.forEach((row, index) => {
      const { authorName, body } = mine[index]!;
      expect(row).toMatchObject({ ...displayFieldsOf(authorName, body), articleTitle: title });
    });
    expect(rows[0]?.title).toMatch(/^Ana Lopez: It was a terrible night\. The water came down the wadi 😢 and took whole/);
    expect(rows[0]?.title).toMatch(/…$/);
  });

  it('keep showing the right story across a new title and slug, unpublish and republish', async () => {
    const editor = await cms.editor();
    const renamed = `${title}: the dam gives way`;
    expect((await editor.update(story, { title: renamed, slug: `renamed-${Date.now()}` })).status).toBe(200);
    // A draft's new title is not the story's yet: readers still know it by the published one.
    expect(await storiesShown()).toEqual([title, title]);
    expect((await editor.publish(story)).status).toBe(200);
    expect(await storiesShown()).toEqual([renamed, renamed]);
    expect((await editor.unpublish(story)).status).toBe(200);
    expect(await storiesShown()).toEqual([renamed, renamed]);
    expect((await editor.publish(story)).status).toBe(200);
    expect(await storiesShown()).toEqual([renamed, renamed]);
    title = renamed;
  });

  it('follow an edit of the text made in the Content Manager', async () => {
    const moderator = await cms.loginAs('MODERATOR');
    const target = mine[1]!;
    target.body = 'Edited by a moderator: a personal attack removed.';
    const response = await moderator.request('PUT', `${COMMENTS}/${target.id}`, { body: target.body, title: 'Forged', articleTitle: 'Forged' });
    expect(response.status).toBe(200);
    expect((await listed())[1]).toMatchObject({ ...displayFieldsOf(target.authorName, target.body), articleTitle: title });
  });

  it('never show a person an id in the list or as an entry title', async () => {
    const { contentType } = await configurationOf(cms, 'api::comment.comment');
    const shown = [...contentType.layouts.list, String(contentType.settings.mainField)];
    const ids = new Set([story, ...mine.map(({ id }) => id)]);
    for (const row of await listed()) {
      for (const column of shown) {
        const value = String(row[column] ?? '');
        expect({ column, value, isId: ids.has(value) || /^[a-z0-9]{24}$/.test(value) }).toEqual({ column, value, isId: false });
      }
    }
  });

  it('are filled in at boot when stored without them', async () => {
    await cms.server().stop();
    await cms.server().database.execute("UPDATE comments SET title = NULL, excerpt = NULL, article_title = 'An old title'");
    await cms.server().restart();
    const rows = await listed();
    rows.forEach((row, index) => {
      const { authorName, body } = mine[index]!;
      expect(row).toMatchObject({ ...displayFieldsOf(authorName, body), articleTitle: title });
    });
  });

  it('follow a comment moved to another story, and a commenter erased', async () => {
    const editor = await cms.editor();
    const other = await editor.createDraft(buildArticle({ title: `Aid reaches Derna ${Date.now()}` }));
    expect((await editor.publish(other.body.data.documentId)).status).toBe(200);
    const payload = buildComment(story, { authorName: 'Omar Said', body: 'The bridge is gone.' });
    const posted = await submitComment(cms, payload);
    expect(posted.status).toBe(201);
    const id = posted.body.data.id as string;

    const admin = await cms.loginAs('ADMIN');
    expect((await admin.request('PUT', `${COMMENTS}/${id}`, { article: other.body.data.documentId })).status).toBe(200);
    const moderator = await cms.loginAs('MODERATOR');
    expect((await moderator.request('POST', '/moderation/commenters/erase', { email: payload.data.authorEmail })).status).toBe(200);

    const row = (await listCommentsAs(cms, 'MODERATOR')).body.results.find(({ documentId }) => documentId === id);
    expect(row).toMatchObject({ title: 'Anonymous: The bridge is gone.', articleTitle: other.body.data.title });
  });
});
