import { formatDate } from '@/lib/format-date';

const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

describe('formatDate', () => {
  it('writes the day, the month in full and the year, as en-GB does', () => {
    expect(formatDate('2018-06-06T08:00:00.000Z')).toBe('6 June 2018');
  });

  it('uses the UTC date, whatever the time zone (late evening and early morning)', () => {
    expect(formatDate('2018-12-31T23:59:59.999Z')).toBe('31 December 2018');
    expect(formatDate('2019-01-01T00:00:00.000Z')).toBe('1 January 2019');
  });

  it('agrees with Intl.DateTimeFormat en-GB in UTC on every day of a leap year', () => {
    const start = Date.UTC(2024, 0, 1, 12);
    for (let day = 0; day < 366; day += 1) {
      const iso = new Date(start + day * 86_400_000).toISOString();
      expect(formatDate(iso)).toBe(intl.format(new Date(iso)));
    }
  });
});
