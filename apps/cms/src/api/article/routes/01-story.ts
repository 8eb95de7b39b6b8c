/**
 * Readers' lists (front page, sections, authors, related stories), search, and the sections and
 * authors that have stories (the header, the sitemap). Public data,
 * checked in the controller: no per-request permission lookup, as for comments.
 */
export default {
  routes: [
    { method: 'GET', path: '/stories', handler: 'api::article.story.list', config: { auth: false } },
    { method: 'GET', path: '/stories/directory', handler: 'api::article.story.directory', config: { auth: false } },
    { method: 'GET', path: '/stories/search', handler: 'api::article.story.search', config: { auth: false } },
  ],
};
