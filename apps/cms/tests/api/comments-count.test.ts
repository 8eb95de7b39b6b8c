import { buildArticle, useCms } from '../helpers/cms';
import { buildComment, listComments, moderate, submitComment } from '../helpers/comments';

/**
 * The comment count and the page count of a story come from its tally (comment_tallies), not
 * from counting rows on every request: they must follow every way a comment can change.
 */
const cms = useCms();

const post = async (article: string, data: Record<string, unknown> = {}) => {
  const response = await submitComment(cms, buildComment(article, data));
  expect(response.status).toBe(201);
  return response.body.data.id as string;
};

const counts = async (article: string) => {
  const { status, body } = await listComments(cms, article, { pageSize: 1 });
  expect(status).toBe(200);
  return { approved: body.meta.approvedCount as number, threads: body.meta.pagination.total as number };
};

let article: string;
let threads: string[];
let reply: string;

beforeAll(async () => {
  const editor = await cms.editor();
  const draft = await editor.createDraft(buildArticle());
  await editor.publish(draft.body.data.documentId);
  article = draft.body.data.documentId;
  threads = [await post(article), await post(article), await post(article)];
  expect((await moderate(cms, threads, 'approved')).status).toBe(200);
  reply = await post(article, { parent: threads[0] });
  await post(article); // stays pending
});

describe('the comment count of a story', () => {
  it('counts approved comments only, and threads for the pages', async () => {
    expect(await counts(article)).toEqual({ approved: 3, threads: 3 });
    expect((await moderate(cms, [reply], 'approved')).status).toBe(200);
    expect(await counts(article)).toEqual({ approved: 4, threads: 3 });
  });

  it('drops as soon as a moderator marks a comment as spam or trash, and rises on approval', async () => {
    await moderate(cms, [threads[1] as string], 'spam');
    await moderate(cms, [threads[2] as string], 'trash');
    expect(await counts(article)).toEqual({ approved: 2, threads: 1 });
    await moderate(cms, [threads[2] as string], 'approved');
    expect(await counts(article)).toEqual({ approved: 3, threads: 2 });
  });

  it('drops when an admin deletes an approved comment in the Content Manager', async () => {
    const admin = await cms.loginAs('ADMIN');
    const { status } = await admin.request('DELETE', `/content-manager/collection-types/api::comment.comment/${threads[2]}`);
    expect(status).toBe(200);
    expect(await counts(article)).toEqual({ approved: 2, threads: 1 });
  });

  it('is rebuilt from the comments themselves when the CMS starts', async () => {
    // As after a restore or a raw import: the tallies are wrong or gone, the comments are right.
    await cms.server().stop();
    await cms.server().database.execute("UPDATE comment_tallies SET approved = 99, top_level = 99");
    await cms.server().restart();
    expect(await counts(article)).toEqual({ approved: 2, threads: 1 });
  });

  it('is zero for a story without approved comments', async () => {
    const editor = await cms.editor();
    const draft = await editor.createDraft(buildArticle());
    await editor.publish(draft.body.data.documentId);
    expect(await counts(draft.body.data.documentId)).toEqual({ approved: 0, threads: 0 });
  });
});
