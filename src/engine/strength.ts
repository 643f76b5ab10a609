import { JOINTS, type Joint } from '../schema/constants.js';
import type { Dose, Exercise, ProgressionLevel } from '../schema/exercises.js';
import type { PlannedExercise } from '../schema/plan.js';
import type { Rules } from '../schema/rules.js';
import { doseSeconds, doseText } from './dose.js';
import { progressWeeks } from './progression.js';

const hasAll = (needed: readonly string[] | undefined, owned: ReadonlySet<string>) => (needed ?? []).every((id) => owned.has(id));

/** The progression levels a runner can do with the equipment they have, easiest first. */
export function usableLevels(exercise: Exercise, equipment: ReadonlySet<string>): { level: ProgressionLevel; number: number }[] {
  if (!hasAll(exercise.equipment, equipment)) return [];
  return exercise.levels.map((level, i) => ({ level, number: i + 1 })).filter(({ level }) => hasAll(level.equipment, equipment));
}

/** A dose `extra` steps past the top level: more reps or a longer hold, never past the cap (nor below the dose itself). */
function beyondTop(dose: Dose, exercise: Exercise, extra: number): Dose {
  const progression = exercise.progression;
  if (!progression || extra <= 0) return dose;
  const grow = (value: number) => Math.max(value, Math.min(progression.cap, value + extra * progression.add));
  if (dose.holdSeconds !== undefined) return { ...dose, holdSeconds: grow(dose.holdSeconds) };
  return { ...dose, reps: grow(dose.reps!) };
}

/**
 * An exercise at a progression step (0 = easiest). Past the hardest usable level, the
 * steps add reps or hold time within the exercise's cap.
 */
export function planExercise(exercise: Exercise, equipment: ReadonlySet<string>, step: number): PlannedExercise {
  const levels = usableLevels(exercise, equipment);
  const top = levels.length - 1;
  const { level, number } = levels[Math.min(step, top)]!;
  const dose = beyondTop(level.dose ?? exercise.dose, exercise, step - top);
  return {
    id: exercise.id,
    name: exercise.name,
    joints: exercise.joints,
    level: number,
    levelName: level.name,
    dose,
    doseText: doseText(dose),
    cues: exercise.cues,
  };
}

/** How many steps an exercise has climbed by a week: its own pace, counted in full weeks. */
export function exerciseStep(exercise: Exercise, weekIndex: number, rules: Rules): number {
  const every = exercise.progression?.weeksPerStep ?? rules.strength.weeksPerLevel;
  return Math.floor(progressWeeks(weekIndex, rules) / every);
}

/** Seconds a planned exercise takes, by the rules' timing. */
export function exerciseSeconds(planned: PlannedExercise, exercise: Exercise | undefined, rules: Rules): number {
  return doseSeconds(planned.dose, rules.strength.timing, exercise?.secondsPerRep);
}

/** Seconds the exercises of a strength session take, moving from one to the next included. */
export function strengthSeconds(planned: readonly PlannedExercise[], exercises: readonly Exercise[], rules: Rules): number {
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const work = planned.reduce((sum, p) => sum + exerciseSeconds(p, byId.get(p.id), rules), 0);
  return work + Math.max(0, planned.length - 1) * rules.strength.timing.betweenExercises;
}

const rotate = <T>(items: readonly T[], by: number): T[] => {
  if (!items.length) return [];
  const k = ((by % items.length) + items.length) % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
};

export interface StrengthRequest {
  exercises: readonly Exercise[];
  equipment: ReadonlySet<string>;
  rules: Rules;
  /** Strength sessions since training began (0 for the first): the choice rotates with it. */
  session: number;
  /** The week of training (0 for the first): each exercise's step. */
  week: number;
}

/**
 * A strength session that fits its minutes: half the core exercises, taking turns so
 * that each comes at least every other session; then one exercise for any of ankles,
 * knees and hips still missing; then others in turn while the time allows, up to
 * `exercisesPerSession`.
 */
export function planStrengthSession({ session, week, ...runner }: StrengthRequest): PlannedExercise[] {
  return strengthPlanner(runner)(session, week);
}

/**
 * planStrengthSession for one runner's exercises and equipment: the pool, each exercise's
 * usable levels and each planned step are worked out once for every session asked.
 */
export function strengthPlanner({ exercises, equipment, rules }: Omit<StrengthRequest, 'session' | 'week'>): (session: number, week: number) => PlannedExercise[] {
  const pool = exercises.filter((e) => e.kind === 'strength' && usableLevels(e, equipment).length > 0);
  const core = pool.filter((e) => e.core);
  const byId = new Map(exercises.map((e) => [e.id, e]));
  const budget = (rules.strength.minutes - rules.strength.warmupMinutes) * 60;
  const { betweenExercises } = rules.strength.timing;
  const steps = new Map<Exercise, Map<number, { planned: PlannedExercise; seconds: number }>>();
  const stepOf = (e: Exercise, week: number) => {
    const step = exerciseStep(e, week, rules);
    let byStep = steps.get(e);
    if (!byStep) steps.set(e, (byStep = new Map<number, { planned: PlannedExercise; seconds: number }>()));
    let known = byStep.get(step);
    if (!known) {
      const planned = planExercise(e, equipment, step);
      byStep.set(step, (known = { planned, seconds: exerciseSeconds(planned, byId.get(planned.id), rules) }));
    }
    return known;
  };

  return (session, week) => {
    const picked: Exercise[] = [];
    const planned: PlannedExercise[] = [];
    // Seconds of the exercises picked so far, added up in order (as strengthSeconds does).
    let work = 0;
    const add = (e: Exercise) => {
      const known = stepOf(e, week);
      picked.push(e);
      planned.push({ ...known.planned });
      work += known.seconds;
    };
    const fits = (e: Exercise) => work + stepOf(e, week).seconds + planned.length * betweenExercises <= budget;

    core.filter((_, i) => i % 2 === ((session % 2) + 2) % 2).forEach(add);
    const covered = (joint: Joint) => picked.some((e) => e.joints.includes(joint));
    for (const joint of JOINTS) {
      if (covered(joint)) continue;
      const candidates = rotate(
        pool.filter((e) => !picked.includes(e) && e.joints[0] === joint),
        session,
      );
      const choice = candidates.find(fits) ?? candidates[0] ?? pool.find((e) => !picked.includes(e) && e.joints.includes(joint));
      if (choice) add(choice);
    }
    const others = rotate(
      pool.filter((e) => !e.core && !picked.includes(e)),
      session,
    );
    for (const e of others) {
      if (picked.length >= rules.strength.exercisesPerSession) break;
      if (fits(e)) add(e);
    }
    return planned;
  };
}
