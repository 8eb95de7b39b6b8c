import { adminSession } from '@derna/testkit';
import { publishArticle, stack } from './stack';

const editorSession = () => adminSession(stack.cmsUrl(), process.env.TEST_EDITOR_TOKEN ?? '');

/** A section or author made by the demo editor in the admin. */
export const createEntry = async (type: 'category' | 'author', data: Record<string, unknown>) => {
  const response = await editorSession().request<{ data: { documentId: string } }>(
    'POST',
    `/content-manager/collection-types/api::${type}.${type}`,
    data,
  );
  if (response.status !== 201) throw new Error(`Could not create the ${type}: HTTP ${response.status}`);
  return response.body.data;
};

export const paragraphs = (...texts: string[]) => texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

/** A published story in a section, by an author. */
export const publishStory = (overrides: Record<string, unknown>, section?: { documentId: string }, author?: { documentId: string }) =>
  publishArticle({
    ...overrides,
    ...(section ? { category: { connect: [{ documentId: section.documentId }] } } : {}),
    ...(author ? { author: { connect: [{ documentId: author.documentId }] } } : {}),
  });

/** Heading levels in document order: h1 first, and never a jump of more than one level down. */
export const headingLevels = (html: string) => [...html.matchAll(/<h([1-6])\b/g)].map(([, level]) => Number(level));

export const outlineProblems = (levels: number[]) =>
  levels.flatMap((level, index) => {
    if (index === 0) return level === 1 ? [] : [`starts with h${level}`];
    const previous = levels[index - 1] as number;
    return level > previous + 1 ? [`h${previous} then h${level}`] : [];
  });
