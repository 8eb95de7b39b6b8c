/**
 * "Email me when my comment is approved and when someone replies" (checkbox, value "yes"): a
 * choice about mail, not a comment field. Apart from form-state.ts, which the browser loads.
 */
export const NOTIFY_FIELD = 'notify';
