/**
 * Readers' lists (front page, sections, authors, related stories) and search. Public data,
 * checked in the controller: no per-request permission lookup, as for comments.
 */
export default {
  routes: [
    { method: 'GET', path: '/stories', handler: 'api::article.story.list', config: { auth: false } },
    { method: 'GET', path: '/stories/search', handler: 'api::article.story.search', config: { auth: false } },
  ],
};
