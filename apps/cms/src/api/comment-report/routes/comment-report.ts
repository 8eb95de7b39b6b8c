/** One route: the site's server posts a reader's report (with its token). No reads, no updates. */
export default {
  routes: [{ method: 'POST', path: '/comment-reports', handler: 'api::comment-report.comment-report.create', config: {} }],
};
