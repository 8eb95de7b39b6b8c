/**
 * Two routes only. Readers list approved comments of a story; the site's server (with its
 * token) submits new ones. No core routes: no find-by-id, no filters, no update, no delete.
 */
// The benchmark's baseline: Strapi's default `find`, for the same query a naive app would send.
const baseline =
  process.env.BENCH_BASELINE_ROUTES === 'true'
    ? [{ method: 'GET', path: '/comments-default', handler: 'api::comment.comment.defaultFind', config: { auth: false } }]
    : [];

export default {
  routes: [
    // Public data, checked in the controller: no per-request permission lookup.
    { method: 'GET', path: '/comments', handler: 'api::comment.comment.find', config: { auth: false } },
    { method: 'POST', path: '/comments', handler: 'api::comment.comment.create', config: {} },
    ...baseline,
  ],
};
