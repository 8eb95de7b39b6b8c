const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "6 June 2018": one format, in UTC, so server and browser agree (the same text as
 * `Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })`).
 * Not Intl itself: a browser's first DateTimeFormat loads ICU's data, 11-18 ms of main thread
 * measured here in Chromium, and comment dates are formatted while the story page hydrates.
 */
export const formatDate = (iso: string): string => {
  const date = new Date(iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
};
