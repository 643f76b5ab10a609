import { DateTime } from 'luxon';

/** The years durable plans in: enough for any runner, and every date stays a plain YYYY-MM-DD. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2999;

/** Why `s` is not a usable date, or undefined when it is one. */
export function dateProblem(s: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return 'expected a date as YYYY-MM-DD';
  if (!DateTime.fromISO(s).isValid) return `${s} is not a real date`;
  const year = Number(s.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return `expected a date from ${FIRST_YEAR} to ${LAST_YEAR}`;
  return undefined;
}
