/**
 * Two routes only. Readers list approved comments of a story; the site's server (with its
 * token) submits new ones. No core routes: no find-by-id, no filters, no update, no delete.
 */
export default {
  routes: [
    { method: 'GET', path: '/comments', handler: 'api::comment.comment.find', config: {} },
    { method: 'POST', path: '/comments', handler: 'api::comment.comment.create', config: {} },
  ],
};
