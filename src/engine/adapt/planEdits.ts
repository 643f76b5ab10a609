// The ways an adaptation edits a day: a run made easy or shorter, a run day turned into a
// recovery day, strength that spares a sore joint. Pure: each returns a new day.
import { JOINTS, type Joint } from '../../schema/constants.js';
import type { Exercise } from '../../schema/exercises.js';
import type { PlannedExercise, RecoveryDay, RunDay, Week } from '../../schema/plan.js';
import { planDrills } from '../planWeeks.js';
import { shrinkStep } from '../progression.js';
import { continuousContent, runWalkContent } from '../runSession.js';
import { planExercise, usableLevels } from '../strength.js';
import type { Situation } from './types.js';

const byIds = new WeakMap<readonly Exercise[], { count: number; byId: ReadonlyMap<string, Exercise> }>();
/** The dataset's exercises by id: made once per dataset, not for every day edited. */
function exercisesById(exercises: readonly Exercise[]): ReadonlyMap<string, Exercise> {
  let known = byIds.get(exercises);
  if (known?.count !== exercises.length) byIds.set(exercises, (known = { count: exercises.length, byId: new Map(exercises.map((e) => [e.id, e])) }));
  return known.byId;
}

/** The minutes an easy run of this week has: its shortest easy run, or the level's easy run. */
export function easyMinutes(week: Week, s: Situation): number {
  const easy = week.days.filter((d): d is RunDay => d.type === 'run' && d.kind === 'easy').map((d) => d.minutes);
  const level = s.profile.level;
  return easy.length ? Math.min(...easy) : level === 'beginner' ? 0 : s.dataset.rules.levels[level].easyRunMinutes;
}

/** A run made easy (a quality or long run becomes an easy run of the week's easy length). */
export function makeEasy(run: RunDay, week: Week, s: Situation): RunDay {
  if (run.intervals || s.profile.level === 'beginner' || run.kind === 'easy') return run;
  const minutes = Math.min(run.minutes, easyMinutes(week, s));
  return { ...run, ...continuousContent('easy', minutes, s.profile.level, s.dataset.rules), hard: false };
}

/** A run shortened to `keep` of its minutes, never below the rules' shortest run (or its own length). */
export function shortenRun(run: RunDay, keep: number, s: Situation): RunDay {
  if (keep >= 1) return run;
  const { rules } = s.dataset;
  if (run.intervals) return { ...run, ...runWalkContent(shrinkStep(run.intervals, keep, 300), rules) };
  if (s.profile.level === 'beginner') return run;
  const minutes = Math.max(Math.min(run.minutes, rules.adaptation.singleRun.minMinutes), Math.floor(run.minutes * keep));
  return { ...run, ...continuousContent(run.kind as 'easy' | 'long' | 'quality', minutes, s.profile.level, rules) };
}

/**
 * A run as a walk-run session of no more minutes: repeats of `run` minutes running and `walk`
 * walking (the shape beginners' run-walk sessions have). A run already run-walk stays as it is.
 */
export function walkRunInstead(run: RunDay, runMinutes: number, walkMinutes: number, s: Situation): RunDay {
  if (run.intervals) return run;
  const seconds = run.minutes * 60;
  const cycle = (runMinutes + walkMinutes) * 60;
  const step =
    seconds >= cycle
      ? { runSeconds: runMinutes * 60, walkSeconds: walkMinutes * 60, repeats: Math.floor(seconds / cycle) }
      : { runSeconds: Math.max(10, Math.round((seconds * runMinutes) / (runMinutes + walkMinutes))), walkSeconds: 0, repeats: 1 };
  if (step.walkSeconds === 0) step.walkSeconds = Math.max(0, seconds - step.runSeconds);
  return { ...run, ...runWalkContent(step, s.dataset.rules), hard: false };
}

/** Gentle exercises for sore joints, and always for the hips, at their easiest level. */
export function gentleExercises(joints: readonly Joint[], s: Situation): PlannedExercise[] {
  const equipment = new Set(s.profile.equipment);
  const ids = [...new Set(JOINTS.filter((j) => joints.includes(j) || j === 'hip').map((j) => s.dataset.rules.adaptation.recoveryExercises[j]))];
  return ids.map((id) => planExercise(s.dataset.exercises.find((e) => e.id === id)!, equipment, 0));
}

/** A day without running: recovery, mobility and gentle exercises for the sore joints. */
export function recoveryInstead(run: RunDay, joints: readonly Joint[], reasons: string[], s: Situation): RecoveryDay {
  const { rules } = s.dataset;
  const byId = exercisesById(s.dataset.exercises);
  return {
    date: run.date,
    weekday: run.weekday,
    hard: false,
    adjustments: [...run.adjustments, ...reasons],
    notes: [],
    type: 'recovery',
    minutes: rules.recovery.minutes,
    activities: rules.recovery.activities,
    mobility: planDrills(rules.recovery.mobility, byId),
    exercises: gentleExercises(joints, s),
  };
}

/**
 * Strength that spares sore joints: an exercise working one of them is swapped for its
 * gentler exercise (data: `gentler`) or kept at its easiest level; the others carry on at
 * their level. Hip work never disappears.
 */
export function spareStrength(exercises: readonly PlannedExercise[], sore: ReadonlySet<Joint>, s: Situation): PlannedExercise[] {
  const equipment = new Set(s.profile.equipment);
  const byId = exercisesById(s.dataset.exercises);
  const spared = exercises.map((planned) => {
    if (!planned.joints.some((j) => sore.has(j))) return planned;
    const exercise = byId.get(planned.id);
    if (!exercise) return planned;
    const gentler = exercise.gentler !== undefined ? byId.get(exercise.gentler) : undefined;
    const swap = gentler && usableLevels(gentler, equipment).length ? gentler : exercise;
    return planExercise(swap, equipment, 0);
  });
  const unique = spared.filter((e, i) => spared.findIndex((other) => other.id === e.id) === i);
  if (!unique.some((e) => e.joints.includes('hip'))) {
    const hip = gentleExercises(['hip'], s).find((e) => !unique.some((u) => u.id === e.id));
    if (hip) unique.push(hip);
  }
  return unique;
}
