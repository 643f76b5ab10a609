import { DateTime } from 'luxon';
import type { Joint } from '../schema/common.js';
import { jointOf, type CheckIn, type PainSite } from '../schema/log.js';
import type { Rules } from '../schema/rules.js';

export const addDays = (isoDate: string, days: number): string => DateTime.fromISO(isoDate, { zone: 'utc' }).plus({ days }).toISODate()!;
export const daysBetween = (from: string, to: string): number =>
  Math.round(DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days);

/** Foster's session load: effort (0-10) x minutes. A skipped session is no load. */
export function sessionLoad(checkIn: CheckIn): number {
  return checkIn.status === 'skipped' ? 0 : checkIn.rpe * checkIn.minutes;
}

/** Load over the `days` days that end on `until`, inclusive. */
export function loadOver(checkIns: readonly CheckIn[], until: string, days: number): number {
  const from = addDays(until, -(days - 1));
  return checkIns.filter((c) => c.date >= from && c.date <= until).reduce((sum, c) => sum + sessionLoad(c), 0);
}

export interface LoadRatio {
  /** Load of the acute window (7 days). */
  acute: number;
  /** Average load per acute window over the chronic window (28 days). */
  chronic: number;
  /** acute / chronic, or null while the log is too short or empty to say. */
  ratio: number | null;
}

/** The acute:chronic workload ratio on a day: a warning sign, not a verdict. */
export function acuteChronicRatio(checkIns: readonly CheckIn[], until: string, rules: Rules): LoadRatio {
  const { acuteDays, chronicDays, minHistoryDays } = rules.adaptation.load;
  const acute = loadOver(checkIns, until, acuteDays);
  const chronic = (loadOver(checkIns, until, chronicDays) * acuteDays) / chronicDays;
  const first = checkIns.reduce<string | undefined>((min, c) => (min === undefined || c.date < min ? c.date : min), undefined);
  const history = first === undefined ? 0 : daysBetween(first, until) + 1;
  return { acute, chronic, ratio: chronic > 0 && history >= minHistoryDays ? acute / chronic : null };
}

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
