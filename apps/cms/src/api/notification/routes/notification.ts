/** One route: the site's unsubscribe page and one-click link post the signed token here. */
export default {
  routes: [{ method: 'POST', path: '/notifications/unsubscribe', handler: 'api::notification.notification.unsubscribe', config: { auth: false } }],
};
