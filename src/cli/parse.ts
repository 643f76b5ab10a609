// Option parsers for commander: each turns text into a value or throws a clear error.
import { InvalidArgumentError } from 'commander';
import { checkZone } from './timeZone.js';
import { dateProblem } from '../schema/dates.js';
import { MAX_NOTE_LENGTH } from '../schema/constants.js';
import { CLOCK_TIME, PACE, PAIN_SITES, RACE_DISTANCE, RACE_DISTANCE_HINT, RECENT_RACE, WEEKDAYS, type PainSite, type Weekday } from '../schema/constants.js';

export function wholeNumber(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
      throw new InvalidArgumentError(`expected a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

/** A calendar date as YYYY-MM-DD from 1900 to 2999; impossible dates such as 2026-02-30 are refused. */
export function isoDate(value: string): string {
  const problem = dateProblem(value);
  if (problem) throw new InvalidArgumentError(problem);
  return value;
}

/** A race day (YYYY-MM-DD), or "none" to clear the race. */
export function raceDate(value: string): string {
  return value.trim().toLowerCase() === 'none' ? 'none' : isoDate(value);
}

/** A race distance: 5k, 10k, half, marathon, 15k, 10mi. */
export function raceDistance(value: string): string {
  const distance = value.trim().toLowerCase();
  if (!RACE_DISTANCE.test(distance)) throw new InvalidArgumentError(RACE_DISTANCE_HINT);
  return distance;
}

/** A pace per km or mile, m:ss. */
export function pace(value: string): string {
  if (!PACE.test(value.trim())) throw new InvalidArgumentError('expected a pace as m:ss, e.g. 6:15');
  return value.trim();
}

/** A recent race result: distance=time, e.g. 10k=45:00 or half=1:52:30. */
export function recentRace(value: string): string {
  const match = RECENT_RACE.exec(value.trim().toLowerCase());
  if (!match || !RACE_DISTANCE.test(match[1]!)) throw new InvalidArgumentError('expected a distance and a time, e.g. 10k=45:00 or half=1:52:30');
  return value.trim().toLowerCase();
}

/** A note of at most MAX_NOTE_LENGTH characters. */
export function noteText(value: string): string {
  if (value.length > MAX_NOTE_LENGTH) throw new InvalidArgumentError(`a note is at most ${MAX_NOTE_LENGTH} characters (this one has ${value.length})`);
  return value;
}

export function weekday(value: string): Weekday {
  const v = value.trim().toLowerCase();
  const match = v.length >= 3 ? WEEKDAYS.find((d) => d.startsWith(v)) : undefined;
  if (!match) throw new InvalidArgumentError('expected a weekday, e.g. sunday or sun');
  return match;
}

/** A comma-separated list; "none" or an empty value is the empty list. */
export function list(value: string): string[] {
  const items = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (items.includes('none') && items.length > 1) throw new InvalidArgumentError('"none" means nothing at all: give it alone, or list only what you have');
  return items.length === 1 && items[0] === 'none' ? [] : [...new Set(items)];
}

/** `7:00`, `07:00`, `7am`, `7:30pm`, `19.30` as HH:MM; undefined if it is not a time of day. */
export function readClockTime(value: string): string | undefined {
  const match = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(?:(a|p)\.?m\.?)?$/i.exec(value.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const half = match[3]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'p' ? 12 : 0);
  }
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
  return CLOCK_TIME.test(time) ? time : undefined;
}

export const CLOCK_TIME_HINT = 'a time such as 07:00, 7am or 6:30pm';

export function clockTime(value: string): string {
  const time = readClockTime(value);
  if (!time) throw new InvalidArgumentError(`expected ${CLOCK_TIME_HINT}`);
  return time;
}

/** An IANA zone in its canonical spelling; abbreviations such as EST are refused with the zone to use. */
export function timeZone(value: string): string {
  const checked = checkZone(value);
  if ('problem' in checked) throw new InvalidArgumentError(checked.problem);
  return checked.zone;
}

/** `knee-left=3,ankle-right=1` (or `none`) as pain per joint and side. */
export function painList(value: string): Partial<Record<PainSite, number>> {
  const pain: Partial<Record<PainSite, number>> = {};
  if (value.trim().toLowerCase() === 'none') return pain;
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [site = '', level] = part.split('=').map((s) => s.trim().toLowerCase());
    const known = PAIN_SITES.find((s) => s === site);
    if (!known) throw new InvalidArgumentError(`"${site}" is not a joint and side; use ${PAIN_SITES.join(', ')}`);
    if (!level || !/^\d+$/.test(level) || Number(level) > 10) throw new InvalidArgumentError(`pain for ${site} must be a whole number from 0 to 10`);
    pain[known] = Number(level);
  }
  return pain;
}

export function yesNo(value: string): boolean {
  const v = value.trim().toLowerCase();
  if (['yes', 'y', 'true'].includes(v)) return true;
  if (['no', 'n', 'false'].includes(v)) return false;
  throw new InvalidArgumentError('expected yes or no');
}
