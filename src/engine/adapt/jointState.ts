import { JOINTS, type Joint } from '../../schema/constants.js';
import type { CheckIn } from '../../schema/log.js';
import type { Rules } from '../../schema/rules.js';
import { addDays, dayNumber, worstPain } from '../load.js';
import { dayName, JOINT_NAMES } from './words.js';

export interface PainReport {
  value: number;
  date: string;
}

/**
 * The day a spell of caution began. Caution that is renewed while it lasts keeps its first
 * day, so "no growth" stays measured from the week it began: more pain never moves it later.
 */
export interface Since {
  since: string;
}

/** Where a runner is on the return ladder: the step, and the runs done at it. */
export interface LadderPlace {
  /** 0-based step of the ladder the next run is on; the ladder's length once every step is done. */
  step: number;
  /** Runs done at this step that count (done, at 0-2/10, settled). */
  runs: number;
}

/** A graded return in progress: where the runner is on the ladder, and what started it. */
export interface ReturnEpisode extends LadderPlace {
  cause: 'tooMuch' | 'unsettled' | 'rising';
  /** The report that started (or last restarted) it. */
  report: PainReport;
  since: string;
  /** The check-in (index in the log) whose run counted latest, and the place before it. */
  earnedAt?: number;
  before?: LadderPlace;
}

export interface SpecialistAdvice {
  /** Why, in the runner's words. */
  why: string;
  /** Which case fired it: one report of severe pain, pain that keeps coming back, or pain that lasts. */
  kind: 'severe' | 'recurring' | 'lasting';
  date: string;
  /** Pain-free check-ins since the advice last fired. */
  painFree: number;
  since: string;
}

/** What the whole log up to today says about one joint. */
export interface JointState {
  joint: Joint;
  /** The latest report above the safe level (3/10 or more with the built-in rules). */
  sore?: PainReport & Since;
  /** The latest report above the acceptable level (6/10 or more). */
  tooMuch?: PainReport;
  episode?: ReturnEpisode;
  specialist?: SpecialistAdvice;
}

/** A run that happened (a planned run, or any session logged with the surface run on): what earns a step on the return ladder. */
export const isRun = (c: CheckIn): boolean => c.status !== 'skipped' && c.minutes > 0 && (c.planned === 'run' || c.surface !== undefined);

/**
 * Per-joint state from the log (in date order, up to today), following the pain-monitoring
 * model: every report counts, not only the latest, so caution is kept until it is earned back.
 * More pain anywhere in the log never gives a state with less caution.
 */
export function jointStates(log: readonly CheckIn[], rules: Rules): JointState[] {
  const days = log.map((c) => dayNumber(c.date));
  const worst = log.map(worstPain);
  return JOINTS.map((joint) => jointState({ log, days, pains: worst.map((w) => w.get(joint) ?? 0) }, joint, rules));
}

/** The log with each check-in's day number and pain in one joint, read once. */
interface JointLog {
  log: readonly CheckIn[];
  days: number[];
  pains: number[];
}

/** Indexes of the check-ins from `from` days before check-in `i` up to `to` days before it (inclusive), newest first. */
function* before(l: JointLog, i: number, from: number, to = 0): Generator<number> {
  for (let j = i; j >= 0 && l.days[j]! >= l.days[i]! - from; j--) if (l.days[j]! <= l.days[i]! - to) yield j;
}

/** A run that counts on the return ladder: done in full, not merely started. */
const isReturnRun = (c: CheckIn): boolean => isRun(c) && c.status === 'done';

function jointState(l: JointLog, joint: Joint, rules: Rules): JointState {
  const { pain, returnLadder: ladder } = rules.adaptation;
  const state: JointState = { joint };
  const acceptable = (value: number) => value > pain.safeMax && value <= pain.acceptableMax;
  l.log.forEach((c, i) => {
    const value = l.pains[i]!;
    const previous = l.log[i - 1];
    const report = { value, date: c.date };
    // `settled: false` is about the pain of the check-in before (yesterday's, or the day before's);
    // `settledNextMorning: false` about this check-in's own pain, told the morning after.
    const previousUnsettled = c.settled === false && previous !== undefined && l.days[i - 1]! >= l.days[i]! - 2 && l.pains[i - 1]! > pain.safeMax;
    const ownUnsettled = c.settledNextMorning === false && acceptable(value);
    const rising = value > pain.safeMax && [...before(l, i, pain.risingLookbackDays - 1, 7)].some((j) => l.pains[j]! > 0);
    const episode = state.episode;
    // Pain the day after a run that counted: that run did not settle, it no longer counts.
    if (episode?.before && episode.earnedAt === i - 1 && value > pain.safeMax && l.days[i]! - l.days[i - 1]! <= 1) {
      Object.assign(episode, episode.before);
      delete episode.before;
    }

    const since = episode?.since ?? c.date;
    if (value > pain.safeMax) {
      const renewed = state.sore && state.sore.date >= addDays(c.date, -pain.holdDays);
      state.sore = { ...report, since: renewed ? state.sore!.since : c.date };
    }
    if (value > pain.acceptableMax) {
      state.tooMuch = report;
      state.episode = { cause: 'tooMuch', report, step: 0, runs: 0, since };
    } else if (previousUnsettled || ownUnsettled || rising) {
      // A start, or a step that went badly: back one step (never above where unsettled pain starts).
      const step = episode ? Math.max(0, Math.min(episode.step - 1, ladder.unsettledStart)) : ladder.unsettledStart;
      if (episode?.cause === 'tooMuch') {
        state.episode = { ...episode, step, runs: 0 };
      } else {
        const cause = previousUnsettled || ownUnsettled ? 'unsettled' : 'rising';
        const told = previousUnsettled && !ownUnsettled ? { value: l.pains[i - 1]!, date: previous.date } : report;
        state.episode = { cause, report: told, step, runs: 0, since };
      }
    } else if (episode && value > pain.safeMax) {
      // A run (or a day) at 3-5/10 that settled: the step stays, its count starts again.
      episode.runs = 0;
    } else if (episode) {
      // A clean check-in after the last step was done: the return is complete.
      if (episode.step >= ladder.steps.length) {
        delete state.episode;
      } else if (isReturnRun(c)) {
        episode.before = { step: episode.step, runs: episode.runs };
        episode.earnedAt = i;
        episode.runs++;
        if (episode.runs >= ladder.runsPerStep) [episode.step, episode.runs] = [episode.step + 1, 0];
      }
    }
    specialistAfter(l, i, joint, state, rules);
  });
  return state;
}

/** Whether this check-in fires the advice to see a specialist, or counts towards clearing it. */
function specialistAfter(l: JointLog, i: number, joint: Joint, state: JointState, rules: Rules): void {
  const { specialist: s, pain } = rules.adaptation;
  const c = l.log[i]!;
  const value = l.pains[i]!;
  const name = JOINT_NAMES[joint];
  // Oldest first.
  const within = (days: number) => [...before(l, i, days - 1)].reverse();
  let why: string | undefined;
  let kind: SpecialistAdvice['kind'] = 'severe';
  if (value >= s.severePain) why = `${name} pain ${value}/10 on ${dayName(c.date)}`;
  if (!why && value >= s.recurringPain) {
    const recurring = within(s.recurringDays).filter((j) => l.pains[j]! >= s.recurringPain);
    if (recurring.length >= s.recurringCheckIns) {
      kind = 'recurring';
      why = `${name} pain ${s.recurringPain}/10 or more on ${recurring.length} check-ins since ${dayName(l.log[recurring[0]!]!.date)}`;
    }
  }
  if (!why && value > 0) {
    const span = within(s.lastingDays + 1);
    const painful = span.filter((j) => l.pains[j]! > 0);
    const first = painful[0]!;
    if (painful.length * 2 > span.length && l.days[first]! <= l.days[i]! + 1 - s.lastingDays && Math.max(...painful.map((j) => l.pains[j]!)) > pain.safeMax) {
      kind = 'lasting';
      why = `${name} pain on ${painful.length} of ${span.length} check-ins since ${dayName(l.log[first]!.date)}`;
    }
  }
  if (why) {
    state.specialist = { why, kind, date: c.date, painFree: 0, since: state.specialist?.since ?? c.date };
  } else if (state.specialist) {
    // Safe pain (0-2/10, Silbernagel) counts as pain-free: caution must not last for ever on it.
    state.specialist.painFree = value <= pain.safeMax ? state.specialist.painFree + 1 : 0;
    if (state.specialist.painFree >= s.clearAfterPainFree) delete state.specialist;
  }
}
