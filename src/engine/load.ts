import type { Joint } from '../schema/common.js';
import { jointOf, type PainSite } from '../schema/constants.js';
import type { CheckIn } from '../schema/log.js';
import type { Rules } from '../schema/rules.js';

// Calendar dates (YYYY-MM-DD) as days since 1970-01-01: exact, with no time zone in play,
// and quick enough for a ten-year log.
// Plain integer arithmetic on the proleptic Gregorian calendar (Howard Hinnant's
// days_from_civil and civil_from_days), no Date objects: planning does this for every day.
export function dayNumber(isoDate: string): number {
  const month = Number(isoDate.slice(5, 7));
  const year = Number(isoDate.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + Number(isoDate.slice(8, 10)) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}
/** The date (YYYY-MM-DD) of a day number; a fraction of a day is the date it falls in. */
export function fromDayNumber(day: number): string {
  if (!Number.isFinite(day)) throw new RangeError(`not a day: ${day}`);
  const z = Math.floor(day) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}
export const addDays = (isoDate: string, days: number): string => fromDayNumber(dayNumber(isoDate) + days);
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);
/** The Monday of a date's week (1970-01-01, day 0, was a Thursday). */
export const mondayOf = (isoDate: string): string => addDays(isoDate, -((dayNumber(isoDate) + 3) % 7));

/** Check-ins in date order. ISO dates sort as plain strings; localeCompare would be far slower. */
export const byDate = (a: { date: string }, b: { date: string }): number => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * Foster's session load: effort (0-10) x minutes. A skipped session is no load. An effort
 * not recorded (an imported activity) counts as a planned easy session's, never as 0.
 */
export function sessionLoad(checkIn: { status: CheckIn['status']; rpe?: number | undefined; minutes: number }, rules: Rules): number {
  if (checkIn.status === 'skipped') return 0;
  return (checkIn.rpe ?? rules.adaptation.effortSpike.plannedEffort.easy) * checkIn.minutes;
}

export interface LoadRatio {
  /** Load of the acute window (7 days). */
  acute: number;
  /** Average load per acute window over the chronic window (28 days). */
  chronic: number;
  /** acute / chronic, or null while the log is too short or empty to say. */
  ratio: number | null;
}

/**
 * The acute:chronic workload ratio on any day, from one pass over the log: cumulative
 * load per day, so each window is a subtraction. A warning sign, not a verdict.
 */
export function loadRatios(checkIns: readonly CheckIn[], rules: Rules): (until: string) => LoadRatio {
  const ratioOn = loadRatiosOf(
    checkIns.map((c) => dayNumber(c.date)),
    checkIns.map((c) => sessionLoad(c, rules)),
    rules,
  );
  return (until) => ratioOn(dayNumber(until));
}

/** The same from each check-in's day number and session load, on any day number. */
export function loadRatiosOf(days: readonly number[], loads: readonly number[], rules: Rules): (until: number) => LoadRatio {
  const { acuteDays, chronicDays, minHistoryDays } = rules.adaptation.load;
  if (!days.length) return () => ({ acute: 0, chronic: 0, ratio: null });
  // Plain loops, not Math.min(...days) (spreading a long log overflows the call stack) nor
  // iterators: this runs once a command, before V8 has optimised anything.
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < days.length; i++) {
    if (days[i]! < first) first = days[i]!;
    if (days[i]! > last) last = days[i]!;
  }
  const cumulative = new Float64Array(last - first + 2); // cumulative[i]: load of days before first + i
  for (let i = 0; i < days.length; i++) cumulative[days[i]! - first + 1]! += loads[i]!;
  for (let i = 1; i < cumulative.length; i++) cumulative[i]! += cumulative[i - 1]!;
  const upTo = (day: number) => cumulative[Math.max(0, Math.min(cumulative.length - 1, day - first + 1))]!;
  return (end) => {
    const acute = upTo(end) - upTo(end - acuteDays);
    const chronic = ((upTo(end) - upTo(end - chronicDays)) * acuteDays) / chronicDays;
    // Days before the first check-in are unknown, not zero: no ratio until the log covers the chronic window.
    const history = end - first + 1;
    return { acute, chronic, ratio: chronic > 0 && history >= Math.max(minHistoryDays, chronicDays) ? acute / chronic : null };
  };
}

/** The acute:chronic workload ratio on one day. */
export function acuteChronicRatio(checkIns: readonly CheckIn[], until: string, rules: Rules): LoadRatio {
  return loadRatios(
    checkIns.filter((c) => c.date <= until),
    rules,
  )(until);
}

/** Whether the check-in says how the joints felt: pain not recorded (an imported activity) is unknown, not 0. */
export const painRecorded = (checkIn: CheckIn): boolean => !checkIn.notRecorded?.includes('pain');

/** The worst pain per joint in a check-in, left and right together. */
export function worstPain(checkIn: CheckIn): Map<Joint, number> {
  const worst = new Map<Joint, number>();
  for (const [site, value] of Object.entries(checkIn.pain) as [PainSite, number][]) {
    const joint = jointOf(site);
    worst.set(joint, Math.max(worst.get(joint) ?? 0, value));
  }
  return worst;
}

/** The worst pain in a joint over check-ins from `from` to `until`, inclusive. */
export function worstPainBetween(checkIns: readonly CheckIn[], joint: Joint, from: string, until: string): number {
  return checkIns.filter((c) => c.date >= from && c.date <= until).reduce((max, c) => Math.max(max, worstPain(c).get(joint) ?? 0), 0);
}
