import { dayNumber } from '../../engine/load.js';

const WEEKDAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** The formats the tables and the day use, in luxon's tokens: "Mon 23 Nov", "23 Nov", "23 Nov 2026", "Mon 23 Nov 2026", "Monday 23 November". */
export type DateFormat = 'ccc d LLL' | 'd LLL' | 'd LLL yyyy' | 'ccc d LLL yyyy' | 'cccc d LLLL';

/**
 * A calendar date (YYYY-MM-DD) in English, as luxon's `toFormat` writes it in en-US, without
 * parsing it into a DateTime: a table of a year of days or ten years of weeks writes many.
 */
export function dateText(isoDate: string, format: DateFormat): string {
  // Names in full for "cccc" and "LLLL", their first three letters for "ccc" and "LLL".
  const length = format === 'cccc d LLLL' ? undefined : 3;
  const day = `${Number(isoDate.slice(8, 10))} ${MONTHS[Number(isoDate.slice(5, 7)) - 1]!.slice(0, length)}`;
  const withYear = format.endsWith('yyyy') ? `${day} ${isoDate.slice(0, 4)}` : day;
  // 1970-01-01, day 0, was a Thursday.
  return format.startsWith('ccc') ? `${WEEKDAYS[((dayNumber(isoDate) % 7) + 7) % 7]!.slice(0, length)} ${withYear}` : withYear;
}
