// How the plan adapts to the check-in log: the rules, in the order they apply. Each reads the
// situation (the log up to today, each joint's state) and says what the coming days must hold;
// the applier gives every day the strictest of it, so that more pain never gets less caution.
import type { JointStatus, Plan } from '../../schema/plan.js';
import { addDays } from '../load.js';
import type { PlanCache } from '../planWeeks.js';
import { acceptablePain } from './acceptablePain.js';
import { applyChanges } from './apply.js';
import { breakReturn } from './breakReturn.js';
import { effortSpike } from './effortSpike.js';
import { growBack } from './growBack.js';
import { loadRatio } from './loadRatio.js';
import { raceAtRisk } from './raceAtRisk.js';
import { returnLadder } from './returnLadder.js';
import { situationOf } from './situation.js';
import { singleRunSpike } from './singleRunSpike.js';
import { specialistAdvice } from './specialistAdvice.js';
import { tooMuchPain } from './tooMuchPain.js';
import type { AdaptRequest, Rule, Situation } from './types.js';

export const RULES: Readonly<Record<string, Rule>> = {
  /** Pain above 5/10: no running for 48 hours, shorter runs for a week, no growth. */
  tooMuchPain,
  /** After pain above 5, or pain that did not settle or rose: run minutes come back in earned steps. */
  returnLadder,
  /** Pain at 3/10 or more: no growth, no longer long run, gentler exercises for that joint for a week. */
  acceptablePain,
  /** Pain that keeps coming back, or 7/10 or more: see a specialist; conservative for that joint. */
  specialistAdvice,
  /** 7 days or more without running: the first week back is lighter. */
  breakReturn,
  /** A session far harder than planned: the next two days are easy. */
  effortSpike,
  /** No run more than 10 % longer than the longest of the last 30 days. */
  singleRunSpike,
  /** The load ratio far above the usual, once the log covers the chronic window: shorter runs. */
  loadRatio,
  /** A race ahead while a joint is still on the return ladder or hurts too much: race day says what that means. */
  raceAtRisk,
};

export type { AdaptRequest } from './types.js';

export interface AdaptOptions {
  /** The days already planned for this request, to share rather than plan again. */
  plans?: PlanCache;
  /**
   * Only the days up to this date (YYYY-MM-DD) are wanted: the weeks after it are left as
   * planned. The rules still read the whole plan, so the days wanted come out the same.
   */
  through?: string;
}
export { spikeWarning } from './singleRunSpike.js';

/**
 * Adjust the days after the latest check-in to what the whole recent log says about the
 * joints and the training. Pure: returns a new plan (sharing the days it leaves as they
 * were), each changed day saying why. Missed sessions are never moved onto later days;
 * days the log covered never change.
 */
export function applyAdaptations(request: AdaptRequest, { plans, through }: AdaptOptions = {}): Plan {
  const situation = situationOf(request, plans);
  if (!situation) return { ...request.plan };
  // Then, once caution has made weeks lighter, the weeks after them grow back at the cap.
  const plan = growBack(applyChanges(situation, Object.values(RULES).flatMap((rule) => rule(situation)), through), situation, through);
  const joints = jointStatus(situation);
  return joints.length ? { ...plan, joints } : plan;
}

/** Each joint's pain, return step and specialist advice, for `--json` readers. */
function jointStatus(s: Situation): JointStatus[] {
  const { returnLadder, pain } = s.dataset.rules.adaptation;
  return s.joints.flatMap(({ joint, sore, episode, specialist }): JointStatus[] => {
    const recent = sore && sore.date >= addDays(s.today, -pain.holdDays) ? { value: sore.value, date: sore.date } : undefined;
    const returning = episode && episode.step < returnLadder.steps.length;
    if (!recent && !returning && !specialist) return [];
    return [
      {
        joint,
        ...(recent ? { pain: recent } : {}),
        ...(returning ? { returnStep: { step: episode.step + 1, of: returnLadder.steps.length, since: episode.since } } : {}),
        ...(specialist ? { specialist: specialist.why } : {}),
      },
    ];
  });
}
