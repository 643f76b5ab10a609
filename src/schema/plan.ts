// The planner's output. These shapes are also the `--json` format, so changing them
// is a breaking change for anyone scripting against `durable plan --json`.
import type { Joint, RunKind, Weekday } from './common.js';
import type { Dose } from './exercises.js';
import type { RunWalkStep } from './rules.js';

/** A drill or stretch inside a warm-up, cool-down or recovery day. */
export interface Drill {
  id: string;
  name: string;
  dose: string;
}

export interface RoutinePlan {
  minutes: number;
  activity: string;
  drills: Drill[];
}

export interface PlannedExercise {
  id: string;
  name: string;
  joints: Joint[];
  /** 1-based progression level, and what it is ("on a pillow"). */
  level: number;
  levelName: string;
  dose: Dose;
  doseText: string;
  cues: string[];
}

interface DayBase {
  date: string;
  weekday: Weekday;
  hard: boolean;
  /** Why the planned day was changed by the check-in log, one short line each. */
  adjustments: string[];
  /** Anything else worth knowing about the day. */
  notes: string[];
}

export interface RunDay extends DayBase {
  type: 'run';
  kind: RunKind;
  title: string;
  /** Minutes of the main set, without warm-up and cool-down. */
  minutes: number;
  mainSet: string;
  /** Run-walk intervals, for beginners' sessions. */
  intervals: RunWalkStep | null;
  /** For quality sessions, which kind: tempo, intervals, hills, strides, fartlek. */
  variant?: string;
  surface: string;
  warmup: RoutinePlan;
  cooldown: RoutinePlan;
  /** With a pace known: about how far the main set goes, in the runner's units. */
  approxDistance?: { value: number; units: 'km' | 'mi' };
  /** With a pace known: the pace of the main set (easy runs) or of its hard parts (quality), m:ss per unit. */
  pace?: string;
}

export interface StrengthDay extends DayBase {
  type: 'strength';
  minutes: number;
  warmup: string;
  exercises: PlannedExercise[];
}

export interface RecoveryDay extends DayBase {
  type: 'recovery';
  minutes: number;
  activities: string[];
  mobility: Drill[];
  /** Easy exercises for a painful joint, when the check-in log asked for them. */
  exercises?: PlannedExercise[];
}

export interface RestDay extends DayBase {
  type: 'rest';
  activity: string;
}

/** Race day: the race warm-up, pacing, and what to do after. */
export interface RaceDay extends DayBase {
  type: 'race';
  /** The distance as given: 5k, 10k, half, marathon, 15k, 10mi. */
  distance: string;
  title: string;
  warmup: RoutinePlan;
  pacing: string;
  /** After the finish and the day after. */
  after: string;
  /** With a recent race known: the predicted finishing time, h:mm:ss. */
  predicted?: string;
}

export type Day = RunDay | StrengthDay | RecoveryDay | RestDay | RaceDay;
export type DayType = Day['type'];

export interface WeekSummary {
  /** Minutes of the runs' main sets (run-walk walking included), without warm-up and cool-down. */
  runMinutes: number;
  hardDays: number;
  surfaces: string[];
  joints: Joint[];
}

/** A week's phase in a plan toward a race. */
export type Phase = 'foundation' | 'build' | 'peak' | 'taper' | 'race' | 'recovery' | 'base';

export interface Week {
  /** 1 for the first week of training, counted from the profile's start date. */
  number: number;
  start: string;
  deload: boolean;
  /** In a plan toward a race: the week's phase, counted back from race day. */
  phase?: Phase;
  days: Day[];
  summary: WeekSummary;
}

/** What the check-in log says about a joint, when it says anything. */
export interface JointStatus {
  joint: Joint;
  /** The latest pain above the safe level (3/10 or more), while it still counts. */
  pain?: { value: number; date: string };
  /** Where the runner is on the graded return: the next run's step (1-based) of how many, and since when. */
  returnStep?: { step: number; of: number; since: string };
  /** Why the advice to see a specialist stands, while it does. */
  specialist?: string;
}

export interface PlanRace {
  date: string;
  distance: string;
  /** The distance as a runner says it: "half marathon". */
  name: string;
}

export interface Plan {
  /** The race the plan builds toward, when there is one. */
  race?: PlanRace;
  weeks: Week[];
  /** Plan-wide advice, such as seeing a physical therapist. */
  notes: string[];
  /** Joints the check-in log is cautious about; absent when there are none. */
  joints?: JointStatus[];
}
