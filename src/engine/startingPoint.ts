import { DateTime } from 'luxon';
import type { Dataset } from '../dataset/dataset.js';
import type { Profile } from '../schema/profile.js';
import { planWeeks } from './planWeeks.js';
import type { StartingPoint } from './progression.js';

/**
 * Where a runner is now by their plan so far: the run minutes of the last full week and
 * the longest run of the spike window, both before `weekStart` (a Monday, YYYY-MM-DD).
 * A new level starts from here, so that changing level, or graduating from run-walk,
 * never jumps the week or the long run.
 */
export function startingPointFrom(profile: Profile, dataset: Dataset, weekStart: string): Required<StartingPoint> {
  const window = dataset.rules.volume.spikeWindowWeeks;
  const start = DateTime.fromISO(weekStart, { zone: 'utc' }).minus({ weeks: window });
  const plan = planWeeks({ profile, dataset, start, weeks: window });
  const full = plan.weeks.filter((w) => !w.deload).at(-1) ?? plan.weeks.at(-1)!;
  const runs = plan.weeks.flatMap((w) => w.days).flatMap((d) => (d.type === 'run' ? [d.minutes] : []));
  return { weeklyMinutes: full.summary.runMinutes, longestRun: Math.max(0, ...runs) };
}
