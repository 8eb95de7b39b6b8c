import type { Core, Modules } from '@strapi/strapi';
import { createStoryTally, type Owner } from '../api/article/rules/story-tally';

const ARTICLE = 'api::article.article';
/** Every write that can add, drop or move a published row (an edit of the draft is cheap to recount). */
const ACTIONS = ['create', 'update', 'publish', 'unpublish', 'discardDraft', 'delete'];

const unique = (owners: Owner[]) => [...new Map(owners.map((owner) => [`${owner.relation}:${owner.id}`, owner])).values()];

/**
 * Keeps each section's and author's count of published stories right whatever changes a story:
 * the Content Manager (single or bulk), a script, a job. The sections and authors the story
 * linked to before the change and after it are recounted, inside the change's transaction.
 */
export const storyTally = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => {
  const tally = createStoryTally(strapi);
  return async (context, next) => {
    if (context.uid !== ARTICLE || !ACTIONS.includes(context.action)) return next();
    const { documentId } = context.params as { documentId?: string };
    const before = documentId ? await tally.ownersOf(documentId) : [];
    const result = await next();
    const after = (result as { documentId?: string } | null)?.documentId ?? documentId;
    const owners = unique([...before, ...(after ? await tally.ownersOf(after) : [])]);
    if (owners.length) await tally.refresh(owners);
    return result;
  };
};
