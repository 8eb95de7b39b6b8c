import type { Core } from '@strapi/strapi';

/**
 * Runs `effect` once the change it follows is committed: at once outside a transaction, or when
 * the transaction the Content Manager (publish, bulk actions) or a script opened commits; never
 * if it rolls back. Strapi's own events wait the same way (document-service/events).
 */
export const afterCommit = (strapi: Core.Strapi, effect: () => void): void => {
  if (!strapi.db.inTransaction()) {
    effect();
    return;
  }
  // Joins the open transaction (no new one) just to queue the callback on it.
  void strapi.db.transaction(async ({ onCommit }) => onCommit(effect));
};
