import type { Dataset } from '../dataset/dataset.js';
import { JOINTS, type Joint } from '../schema/constants.js';
import type { CheckIn } from '../schema/log.js';
import type { Profile } from '../schema/profile.js';
import { isRun } from './adapt/jointState.js';
import { addDays, byDate, dayNumber, fromDayNumber, loadRatios, sessionLoad, worstPain } from './load.js';

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
 * How many check-ins fall in each of `weeks` weeks of seven days from `firstWeek`, on
 * any date in the week (after today too): one pass over the log, not one per week.
 */
export function checkInsPerWeek(checkIns: readonly CheckIn[], firstWeek: string, weeks: number): number[] {
  const counts = new Array<number>(weeks).fill(0);
  const firstDay = dayNumber(firstWeek);
  for (const c of checkIns) {
    const days = dayNumber(c.date) - firstDay;
    if (days >= 0 && days < weeks * 7) counts[Math.floor(days / 7)]! += 1;
  }
  return counts;
}

/** Summarise the log week by week, `weeks` weeks ending with the week of `today`. */
export function summariseHistory(checkIns: readonly CheckIn[], profile: Profile, dataset: Dataset, weekStart: string, weeks: number, today: string): WeekHistory[] {
  // One pass to bucket the check-ins by week keeps a ten-year log quick.
  const first = addDays(weekStart, -7 * (weeks - 1));
  const firstDay = dayNumber(first);
  const byWeek = new Map<number, CheckIn[]>();
  const sorted = [...checkIns].sort(byDate);
  for (const c of sorted) {
    if (c.date < first || c.date > today) continue;
    const index = Math.floor((dayNumber(c.date) - firstDay) / 7);
    const bucket = byWeek.get(index);
    if (bucket) bucket.push(c);
    else byWeek.set(index, [c]);
  }
  const ratioOn = loadRatios(
    sorted.filter((c) => c.date <= today),
    dataset.rules,
  );
  // Run minutes mean the main set everywhere: what was logged for a run, less the level's warm-up and cool-down.
  const routine = dataset.rules.warmup[profile.level].minutes + dataset.rules.cooldown[profile.level].minutes;
  // Imported runs are moving minutes already, and a day's ride or swim is not running.
  const runs = (c: CheckIn) => c.activities?.filter((a) => a.sport === 'run');
  const mainSet = (c: CheckIn) => runs(c)?.reduce((sum, a) => sum + a.minutes, 0) ?? Math.max(0, c.minutes - routine);
  const distance = (c: CheckIn) => runs(c)?.reduce((sum, a) => sum + (a.distanceMetres ?? 0), 0) ?? c.distanceMetres ?? 0;
  return Array.from({ length: weeks }, (_, w) => {
    const start = fromDayNumber(firstDay + 7 * w);
    const sunday = fromDayNumber(firstDay + 7 * w + 6);
    const end = sunday < today ? sunday : today;
    // One pass over the week's check-ins (the bucket holds only this week's days up to today).
    const tally = { done: 0, partly: 0, skipped: 0, runMinutes: 0, runDistanceMetres: 0, load: 0 };
    const pain = Object.fromEntries(JOINTS.map((j) => [j, 0])) as Record<Joint, number>;
    for (const c of byWeek.get(w) ?? []) {
      // Sessions are the planned runs and strength work; check-ins on recovery and rest days are not counted.
      if (c.planned === 'run' || c.planned === 'strength') tally[c.status] += 1;
      if (isRun(c)) {
        tally.runMinutes += mainSet(c);
        tally.runDistanceMetres += distance(c);
      }
      tally.load += sessionLoad(c, dataset.rules);
      for (const [joint, value] of worstPain(c)) pain[joint] = Math.max(pain[joint], value);
    }
    return {
      start,
      planned: profile.runDays + profile.strengthDays,
      ...tally,
      ratio: ratioOn(end).ratio,
      pain,
    };
  });
}
