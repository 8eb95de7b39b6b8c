import fs from 'node:fs';
import path from 'node:path';
import { queuedBodies, type SiteStack } from './stack';

const seed = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../apps/cms/data/seed/derna-story.json'), 'utf8'),
) as { title: string; paragraphs: string[] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
const decode = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, code: string) =>
    code[0] !== '#' ? (ENTITIES[code.toLowerCase()] ?? match) : String.fromCodePoint(code[1] === 'x' ? parseInt(code.slice(2), 16) : Number(code.slice(1))),
  );
const withoutScripts = (html: string) => html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
const text = (html: string) => decode(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
const attribute = (tag: string, name: string) => {
  const value = tag.match(new RegExp(`\\s${name.replace(/[$:]/g, '\\$&')}="([^"]*)"`, 'i'))?.[1];
  return value === undefined ? undefined : decode(value);
};

/** What a browser without JavaScript would send: every named field of the form, as multipart. */
const formFields = (form: string, values: Record<string, string>) => {
  const fields = new FormData();
  for (const [tag] of form.matchAll(/<(input|textarea)\b[^>]*>/gi)) {
    const name = attribute(tag, 'name');
    if (!name || (attribute(tag, 'type') === 'checkbox' && !/\schecked/.test(tag))) continue;
    fields.append(name, values[name] ?? attribute(tag, 'value') ?? '');
  }
  return fields;
};

/**
 * The story's HTML with every script removed holds the whole story and a comment form that
 * works: posting it as a browser without JavaScript does stores the comment.
 */
export const readsWithoutJavaScript = async (site: SiteStack) => {
  const html = withoutScripts(await (await fetch(site.storyUrl)).text());
  const failed: string[] = [];
  const missing = seed.paragraphs.filter((paragraph) => !text(html).includes(paragraph.replace(/\s+/g, ' ')));
  if (missing.length) failed.push(`${missing.length} paragraphs missing from the script-free HTML`);

  // The comment form: the one with the comment's text field (the header's search form comes first).
  const form = [...html.matchAll(/<form\b[^>]*>[\s\S]*?<\/form>/gi)].map(([match]) => match).find((candidate) => /<textarea\b[^>]*\bname="body"/i.test(candidate)) ?? '';
  const formTag = form.match(/<form\b[^>]*>/i)?.[0] ?? '';
  const body = `Posted without JavaScript ${Date.now()}`;
  let status = 0;
  if (attribute(formTag, 'method')?.toUpperCase() !== 'POST') failed.push('no comment form that posts without JavaScript');
  else {
    const values = { body, authorName: 'No-script reader', authorEmail: 'no-script@example.com' };
    const response = await fetch(new URL(attribute(formTag, 'action') ?? '', site.storyUrl), {
      method: 'POST',
      body: formFields(form, values),
      headers: { Origin: new URL(site.storyUrl).origin },
      redirect: 'manual',
    });
    status = response.status;
    await response.arrayBuffer();
    if (!(await queuedBodies(site.moderator, site.articleId)).includes(body)) failed.push(`the form post (HTTP ${status}) stored no comment`);
  }
  const summary = failed.length
    ? failed.join('; ')
    : `all ${seed.paragraphs.length} paragraphs are in the HTML with scripts removed; the form, posted as a browser without JavaScript does (multipart, HTTP ${status}), stored the comment`;
  return { failed, summary };
};
