import type { Core } from '@strapi/strapi';
import { EXCERPT_LENGTH } from '../api/comment/rules/display-fields';

/** The body on one line without surrounding spaces, as excerptOf() does (SQLite and PostgreSQL). */
const LINE = `trim(replace(replace(replace(body, ?, ' '), ?, ' '), ?, ' '))`;
const LINE_BINDINGS = ['\r', '\n', '\t'];
const EXCERPT = `CASE WHEN length(${LINE}) > ${EXCERPT_LENGTH} THEN substr(${LINE}, 1, ${EXCERPT_LENGTH}) || ? ELSE ${LINE} END`;
const EXCERPT_BINDINGS = [...LINE_BINDINGS, ...LINE_BINDINGS, '…', ...LINE_BINDINGS];

/** A story's title as storyTitle() in documents/comment-display-fields.ts picks it: published first. */
const STORY_TITLE = `(SELECT a.title FROM articles a WHERE a.document_id = comments.article
  ORDER BY CASE WHEN a.published_at IS NULL THEN 1 ELSE 0 END, a.id LIMIT 1)`;

/**
 * At boot: display fields for comments stored before they existed (or seeded with raw SQL), and
 * story titles that changed while nothing kept them in sync (a restore, an older version). Plain
 * SQL, so a database with 100,000 comments is done in one statement each.
 */
export const backfillCommentDisplayFields = async (strapi: Core.Strapi): Promise<void> => {
  const knex = strapi.db.connection;
  const texts = await knex.raw(
    `UPDATE comments SET excerpt = ${EXCERPT}, title = substr(author_name || ': ' || ${EXCERPT}, 1, 255)
     WHERE title IS NULL OR excerpt IS NULL`,
    [...EXCERPT_BINDINGS, ...EXCERPT_BINDINGS],
  );
  const stories = await knex.raw(
    `UPDATE comments SET article_title = ${STORY_TITLE}
     WHERE ${STORY_TITLE} IS NOT NULL AND (article_title IS NULL OR article_title <> ${STORY_TITLE})`,
  );
  const changed = [texts, stories].map((result: { changes?: number; rowCount?: number }) => result?.changes ?? result?.rowCount ?? 0);
  if (changed.some(Boolean)) strapi.log.info(`Comment display fields: ${changed[0]} texts and ${changed[1]} story titles filled in`);
};
