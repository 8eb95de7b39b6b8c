const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "6 June 2018": one format, in UTC, so server and browser agree. */
export const formatDate = (iso: string): string => dateFormat.format(new Date(iso));
