import type { DateTime } from 'luxon';
import type { Dataset } from '../dataset/dataset.js';
import type { CheckIn } from '../schema/log.js';
import type { Plan } from '../schema/plan.js';
import type { Profile } from '../schema/profile.js';
import { adaptWindow } from './adapt/window.js';
import { withPaces } from './paces.js';
import { PlanCache } from './planWeeks.js';
import { raceOutlook } from './raceOutlook.js';

export interface AdaptedPlanRequest {
  profile: Profile;
  dataset: Dataset;
  /** The first day shown; weeks run seven days from it. */
  start: DateTime;
  weeks: number;
  checkIns: readonly CheckIn[];
  /** Today (YYYY-MM-DD). */
  today: string;
  /** The days the caller reads, when not all of the window's: days gone by it does not read are not worked out again. */
  wanted?: (date: string) => boolean;
}

/**
 * The plan a runner is shown: `weeks` weeks from `start`, adapted to the log up to today,
 * with what falling behind means for a race and the paces. The window, the horizon the
 * adaptations are worked out over and the weeks before them share one set of planned
 * days: no date is planned twice. Pure.
 */
export function adaptedPlan({ profile, dataset, start, weeks, checkIns, today, wanted }: AdaptedPlanRequest): Plan {
  const plans = new PlanCache(dataset);
  const plan = plans.planWeeks({ profile, start: start.toISODate()!, weeks });
  const adapted = adaptWindow({ plan, checkIns, profile, dataset, today }, plans, wanted);
  // Toward a race: what falling behind means for it.
  const outlook = raceOutlook({ profile, dataset, checkIns, today }, plans);
  const paced = withPaces(adapted, profile, dataset.rules);
  return outlook ? { ...paced, notes: [...paced.notes, outlook] } : paced;
}
