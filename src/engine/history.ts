import type { Dataset } from '../dataset/dataset.js';
import { CHECKIN_STATUSES, JOINTS, type Joint } from '../schema/constants.js';
import type { CheckIn } from '../schema/log.js';
import type { Profile } from '../schema/profile.js';
import { isRun } from './adapt/jointState.js';
import { byDate, dayNumber, fromDayNumber, loadRatiosOf, sessionLoad, worstPain } from './load.js';

export interface WeekHistory {
  start: string;
  planned: number;
  done: number;
  partly: number;
  skipped: number;
  /** Minutes of the runs' main sets: logged minutes less the warm-up and cool-down. */
  runMinutes: number;
  /** Metres run, from the check-ins that have a distance (imported from a watch or app). */
  runDistanceMetres: number;
  load: number;
  /** Acute:chronic load ratio at the end of the week (or today), null while the log is short. */
  ratio: number | null;
  /** Worst pain per joint that week, left and right together. */
  pain: Record<Joint, number>;
}

/**
 * The log as the history reads it: each check-in reduced to a few numbers, in date order.
 * Plain JSON of number lists, so that a ten-year log can be kept in the cache and read
 * back far quicker than every entry.
 */
export interface HistoryLog {
  /** Day numbers (days since 1970-01-01), in order. */
  day: number[];
  /** 1 for a planned run or strength session, the sessions a week counts; else 0. */
  session: number[];
  /** The place of its status in CHECKIN_STATUSES. */
  status: number[];
  minutes: number[];
  /** Effort (0-10), or -1 when not recorded. */
  rpe: number[];
  /**
   * For a run, the main set's minutes when the watch says (its run activities' moving
   * minutes), or -1 for the logged minutes less warm-up and cool-down; -2 for no run.
   */
  run: number[];
  /** Metres run. */
  distance: number[];
  /** The worst pain per joint, in the order of JOINTS, each a list over the check-ins. */
  pain: number[][];
}

/** The history's view of a log. */
export function historyLog(checkIns: readonly CheckIn[]): HistoryLog {
  const sorted = [...checkIns].sort(byDate);
  const runs = (c: CheckIn) => c.activities?.filter((a) => a.sport === 'run');
  return {
    day: sorted.map((c) => dayNumber(c.date)),
    session: sorted.map((c) => (c.planned === 'run' || c.planned === 'strength' ? 1 : 0)),
    status: sorted.map((c) => CHECKIN_STATUSES.indexOf(c.status)),
    minutes: sorted.map((c) => c.minutes),
    rpe: sorted.map((c) => c.rpe ?? -1),
    // Imported runs are moving minutes already, and a day's ride or swim is not running.
    run: sorted.map((c) => (isRun(c) ? (runs(c)?.reduce((sum, a) => sum + a.minutes, 0) ?? -1) : -2)),
    distance: sorted.map((c) => runs(c)?.reduce((sum, a) => sum + (a.distanceMetres ?? 0), 0) ?? c.distanceMetres ?? 0),
    pain: JOINTS.map((joint) => sorted.map((c) => worstPain(c).get(joint) ?? 0)),
  };
}

const asHistory = (log: readonly CheckIn[] | HistoryLog): HistoryLog => ('day' in log ? log : historyLog(log));

/**
 * How many check-ins fall in each of `weeks` weeks of seven days from `firstWeek`, on
 * any date in the week (after today too): one pass over the log, not one per week.
 */
export function checkInsPerWeek(checkIns: readonly CheckIn[] | HistoryLog, firstWeek: string, weeks: number): number[] {
  const counts = new Array<number>(weeks).fill(0);
  const firstDay = dayNumber(firstWeek);
  for (const day of asHistory(checkIns).day) {
    const days = day - firstDay;
    if (days >= 0 && days < weeks * 7) counts[Math.floor(days / 7)]! += 1;
  }
  return counts;
}

/** Summarise the log week by week, `weeks` weeks ending with the week of `today`. */
export function summariseHistory(checkIns: readonly CheckIn[] | HistoryLog, profile: Profile, dataset: Dataset, weekStart: string, weeks: number, today: string): WeekHistory[] {
  const log = asHistory(checkIns);
  const { rules } = dataset;
  const firstDay = dayNumber(weekStart) - 7 * (weeks - 1);
  const todayDay = dayNumber(today);
  // The check-ins up to today; the log is in date order, so each week's are the next ones.
  let upToToday = 0;
  while (upToToday < log.day.length && log.day[upToToday]! <= todayDay) upToToday++;
  const days = log.day.slice(0, upToToday);
  const loads = days.map((_, i) => sessionLoad({ status: CHECKIN_STATUSES[log.status[i]!]!, rpe: log.rpe[i]! < 0 ? undefined : log.rpe[i]!, minutes: log.minutes[i]! }, rules));
  const ratioOn = loadRatiosOf(days, loads, rules);
  // Run minutes mean the main set everywhere: what was logged for a run, less the level's warm-up and cool-down.
  const routine = rules.warmup[profile.level].minutes + rules.cooldown[profile.level].minutes;
  const planned = profile.runDays + profile.strengthDays;
  const summary: WeekHistory[] = [];
  let i = 0;
  while (i < upToToday && log.day[i]! < firstDay) i++;
  for (let w = 0; w < weeks; w++) {
    const monday = firstDay + 7 * w;
    const tally = { done: 0, partly: 0, skipped: 0, runMinutes: 0, runDistanceMetres: 0, load: 0 };
    const pain = {} as Record<Joint, number>;
    for (const joint of JOINTS) pain[joint] = 0;
    for (; i < upToToday && log.day[i]! < monday + 7; i++) {
      // Sessions are the planned runs and strength work; check-ins on recovery and rest days are not counted.
      if (log.session[i]) tally[CHECKIN_STATUSES[log.status[i]!]!] += 1;
      if (log.run[i]! >= -1) {
        tally.runMinutes += log.run[i]! >= 0 ? log.run[i]! : Math.max(0, log.minutes[i]! - routine);
        tally.runDistanceMetres += log.distance[i]!;
      }
      tally.load += loads[i]!;
      for (let j = 0; j < JOINTS.length; j++) pain[JOINTS[j]!] = Math.max(pain[JOINTS[j]!], log.pain[j]![i]!);
    }
    summary.push({ start: fromDayNumber(monday), planned, ...tally, ratio: ratioOn(Math.min(monday + 6, todayDay)).ratio, pain });
  }
  return summary;
}
