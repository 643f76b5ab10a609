import { dayNumber } from '../../engine/load.js';

const WEEKDAYS = ['Thu', 'Fri', 'Sat', 'Sun', 'Mon', 'Tue', 'Wed'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** The formats the tables use, in luxon's tokens: "Mon 23 Nov", "23 Nov", "23 Nov 2026", "Mon 23 Nov 2026". */
export type DateFormat = 'ccc d LLL' | 'd LLL' | 'd LLL yyyy' | 'ccc d LLL yyyy';

/**
 * A calendar date (YYYY-MM-DD) in English, as luxon's `toFormat` writes it in en-US, without
 * parsing it into a DateTime: a table of a year of days or ten years of weeks writes many.
 */
export function dateText(isoDate: string, format: DateFormat): string {
  const day = `${Number(isoDate.slice(8, 10))} ${MONTHS[Number(isoDate.slice(5, 7)) - 1]!}`;
  const withYear = format.endsWith('yyyy') ? `${day} ${isoDate.slice(0, 4)}` : day;
  // 1970-01-01, day 0, was a Thursday.
  return format.startsWith('ccc') ? `${WEEKDAYS[((dayNumber(isoDate) % 7) + 7) % 7]!} ${withYear}` : withYear;
}
