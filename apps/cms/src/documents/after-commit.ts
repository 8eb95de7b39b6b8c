import type { Core } from '@strapi/strapi';

/**
 * Runs `task` once the change that is being made is committed: at the end of the transaction a
 * caller opened around it (the Content Manager's bulk actions do), or at once when there is none
 * left open (the document service commits its own before returning). Never on a rollback.
 */
export const afterCommit = (strapi: Core.Strapi, task: () => Promise<unknown>) => {
  const run = () => {
    task().catch((error: unknown) => strapi.log.warn(`After-commit task failed: ${String(error)}`));
  };
  if (!strapi.db.inTransaction()) return setImmediate(run);
  // Joins the open transaction: its commit runs the callbacks.
  return strapi.db.transaction(async ({ onCommit }) => onCommit(run));
};
