import { JOINTS, type Joint } from '../schema/constants.js';
import type { Exercise, ProgressionLevel } from '../schema/exercises.js';
import type { PlannedExercise } from '../schema/plan.js';
import { doseText } from './dose.js';

const hasAll = (needed: readonly string[] | undefined, owned: ReadonlySet<string>) => (needed ?? []).every((id) => owned.has(id));

/** The progression levels a runner can do with the equipment they have, easiest first. */
export function usableLevels(exercise: Exercise, equipment: ReadonlySet<string>): { level: ProgressionLevel; number: number }[] {
  if (!hasAll(exercise.equipment, equipment)) return [];
  return exercise.levels.map((level, i) => ({ level, number: i + 1 })).filter(({ level }) => hasAll(level.equipment, equipment));
}

/** An exercise at a progression step (0 = easiest), capped at the hardest usable level. */
export function planExercise(exercise: Exercise, equipment: ReadonlySet<string>, step: number): PlannedExercise {
  const levels = usableLevels(exercise, equipment);
  const { level, number } = levels[Math.min(step, levels.length - 1)]!;
  const dose = level.dose ?? exercise.dose;
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

/**
 * A strength session that covers ankles, knees and hips: one exercise whose main joint
 * is each of them, then more up to `count`, taking the joints in turn. The choice
 * rotates from session to session so the work varies; `session` counts strength
 * sessions from the start of the plan.
 */
export function pickStrengthExercises(exercises: readonly Exercise[], equipment: ReadonlySet<string>, count: number, session: number): Exercise[] {
  const pool = exercises.filter((e) => e.kind === 'strength' && usableLevels(e, equipment).length > 0);
  const picked: Exercise[] = [];
  const pickFor = (joint: Joint, offset: number, mainJointOnly: boolean) => {
    const candidates = pool.filter((e) => !picked.includes(e) && (mainJointOnly ? e.joints[0] === joint : e.joints.includes(joint)));
    if (candidates.length) picked.push(candidates[offset % candidates.length]!);
  };
  for (const joint of JOINTS) pickFor(joint, session, true);
  for (const joint of JOINTS) if (!picked.some((e) => e.joints.includes(joint))) pickFor(joint, session, false);
  for (let turn = 0; picked.length < Math.min(count, pool.length); turn++) {
    pickFor(JOINTS[(session + turn) % JOINTS.length]!, session + 1, false);
  }
  return picked;
}
