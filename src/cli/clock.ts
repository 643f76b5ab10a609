import { DateTime } from 'luxon';
import { UserError } from '../errors.js';
import { FIRST_YEAR, LAST_YEAR } from '../schema/dates.js';

/**
 * The current time, in the runner's zone. DURABLE_NOW (an ISO date-time) pins it, so
 * that scripts and tests can ask for "today" on a day of their choosing.
 */
export function now(zone?: string): DateTime {
  const pinned = process.env.DURABLE_NOW;
  const base = pinned ? DateTime.fromISO(pinned, { zone: zone ?? 'local' }) : DateTime.now();
  if (!base.isValid) throw new UserError(`DURABLE_NOW: "${pinned}" is not an ISO date-time`);
  if (base.year < FIRST_YEAR || base.year > LAST_YEAR) throw new UserError(`DURABLE_NOW: "${pinned}" is outside the years ${FIRST_YEAR} to ${LAST_YEAR}`);
  return zone ? base.setZone(zone) : base;
}

/** A date typed by the runner, as the start of that day in their zone. */
export function dayStart(isoDate: string, zone?: string): DateTime {
  return DateTime.fromISO(isoDate, { zone: zone ?? 'local' }).startOf('day');
}
