import type { Dataset } from '../../dataset/dataset.js';
import type { Joint } from '../../schema/constants.js';
import type { CheckIn } from '../../schema/log.js';
import type { Plan } from '../../schema/plan.js';
import type { Profile } from '../../schema/profile.js';
import type { JointState } from './jointState.js';

export interface AdaptRequest {
  plan: Plan;
  checkIns: readonly CheckIn[];
  profile: Profile;
  dataset: Dataset;
  /** Today (YYYY-MM-DD): check-ins after it are ignored, and only today is called "today". */
  today: string;
}

/** What every rule reads: the request, the log up to today in date order, and each joint's state. */
export interface Situation extends AdaptRequest {
  log: CheckIn[];
  /** The first day the log has not covered yet: nothing before it changes. */
  from: string;
  joints: JointState[];
  /** The plan's week (as first planned) with this number, also before the plan's first week. */
  plannedWeek: (number: number) => Plan['weeks'][number] | undefined;
  /** The number of the plan week holding a date (weeks before the plan included). */
  weekNumberOf: (date: string) => number;
}

/**
 * What a rule asks of the coming days, each between `from` (inclusive) and `until`
 * (exclusive). Rules only ask; one applier gives each day the strictest of what was
 * asked, so that a rule can never make a day longer or harder than another asked for.
 */
export type Change =
  /** No running: a run becomes a recovery day. */
  | { what: 'noRunning'; from: string; until: string; joints: Joint[]; reason: string }
  /** No quality session; with `long`, no long run either: they become easy runs. */
  | { what: 'easy'; from: string; until: string; long: boolean; reason: string }
  /** Runs keep this share of their planned minutes. */
  | { what: 'shorter'; from: string; until: string; keep: number; reason: string }
  /** Runs become walk-run sessions of their (shortened) minutes: so many minutes running, so many walking. */
  | { what: 'walkRun'; from: string; until: string; runMinutes: number; walkMinutes: number; reason: string }
  /** No run longer than this many minutes, warm-up and cool-down included. */
  | { what: 'maxSession'; from: string; until: string; minutes: number; kinds?: readonly string[]; reason: string }
  /** The runs of each plan week the range touches add up to no more than `minutes` (no weekly growth). */
  | { what: 'weekCap'; from: string; until: string; minutes: number; reason: string }
  /** Runs in the range add up to no more than `minutes`, counting the part already logged. */
  | { what: 'windowCap'; from: string; until: string; minutes: number; reason: string }
  /** Strength work spares this joint: its exercises at their easiest level or swapped for gentler ones. */
  | { what: 'spare'; from: string; until: string; joint: Joint; reason: string }
  /** A note on the coming days in the range that says where the runner is, without changing them. */
  | { what: 'mark'; from: string; until: string; text: string }
  /** Plan-wide advice. */
  | { what: 'note'; text: string }
  /** Race day as things stand: the race stays, with what caution asks of it. */
  | { what: 'raceWarning'; date: string; text: string };

/** One adaptation rule: reads the situation, says what the coming days must hold. Pure. */
export type Rule = (situation: Situation) => Change[];
