import type { Core } from '@strapi/strapi';

/**
 * Runs `effect` once the change it follows is committed: at once when no transaction is open (the
 * document service commits its own before returning), or when the transaction the Content Manager
 * (publish, bulk actions) or a script opened around it commits; never on a rollback. Strapi's own
 * events wait the same way (document-service/events). A failing effect is logged, never thrown
 * into the change that already happened.
 */
export const afterCommit = (strapi: Core.Strapi, effect: () => unknown): void => {
  const run = () => {
    Promise.resolve()
      .then(effect)
      .catch((error: unknown) => strapi.log.warn(`After-commit task failed: ${String(error)}`));
  };
  if (!strapi.db.inTransaction()) {
    run();
    return;
  }
  // Joins the open transaction (no new one) just to queue the callback on it.
  void strapi.db.transaction(async ({ onCommit }) => onCommit(run));
};
