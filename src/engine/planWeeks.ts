import type { DateTime } from 'luxon';
import type { Dataset } from '../dataset/dataset.js';
import { UserError } from '../errors.js';
import { JOINTS, WEEKDAYS, type Joint, type RunKind } from '../schema/constants.js';
import type { Exercise } from '../schema/exercises.js';
import type { Day, Drill, Plan, RoutinePlan, RunDay, Week } from '../schema/plan.js';
import type { Profile } from '../schema/profile.js';
import type { Routine } from '../schema/rules.js';
import type { Surface } from '../schema/surfaces.js';
import { checkProfile } from './checkProfile.js';
import { doseText } from './dose.js';
import { fullWeeksBefore, isDeloadWeek, progressWeeks, runWalkStep, splitMinutes, weeklyMinutes, type ContinuousKind } from './progression.js';
import { continuousContent, runWalkContent } from './runSession.js';
import { planExercise, pickStrengthExercises } from './strength.js';
import { rotateSurfaces, softest } from './surfaces.js';
import { planWeekSkeleton, type Slot } from './weekSkeleton.js';

export interface PlanRequest {
  profile: Profile;
  dataset: Dataset;
  /** The first day of the plan; weeks run seven days from it. */
  start: DateTime;
  weeks: number;
  /**
   * How many weeks of training came before `start` (0 for a new runner): progression,
   * deload rhythm and the run-walk ladder continue from there instead of restarting.
   */
  firstWeek?: number;
}

export const MAX_WEEKS = 104;

const RUN_SLOTS: readonly Slot[] = ['long', 'quality', 'easy', 'runWalk'];
const isRunSlot = (slot: Slot): slot is RunKind => RUN_SLOTS.includes(slot);

/** Drills and stretches by id, with their doses. */
export function planDrills(ids: readonly string[], byId: ReadonlyMap<string, Exercise>): Drill[] {
  return ids.map((id) => {
    const exercise = byId.get(id)!;
    return { id, name: exercise.name, dose: doseText(exercise.dose) };
  });
}

function routine(r: Routine, byId: ReadonlyMap<string, Exercise>): RoutinePlan {
  return { minutes: r.minutes, activity: r.activity, drills: planDrills(r.drills, byId) };
}

/** Build `weeks` weeks of training from a profile. Pure: the same request gives the same plan. */
export function planWeeks({ profile, dataset, start, weeks, firstWeek = 0 }: PlanRequest): Plan {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) {
    throw new UserError(`weeks: plan 1 to ${MAX_WEEKS} weeks, not ${weeks}`, { field: 'weeks' });
  }
  checkProfile(profile, dataset);
  const { rules } = dataset;
  const level = profile.level;
  const continuous = level === 'beginner' ? undefined : rules.levels[level];
  const byId = new Map(dataset.exercises.map((e) => [e.id, e]));
  const equipment = new Set(profile.equipment);
  const available: Surface[] = dataset.surfaces.filter((s) => profile.surfaces.includes(s.id));

  const skeleton = planWeekSkeleton({
    level,
    runDays: profile.runDays,
    strengthDays: profile.strengthDays,
    longRunDay: profile.longRunDay,
    quality: continuous !== undefined && profile.runDays >= 2 && profile.runDays >= continuous.quality.fromRunDays,
    restDays: rules.week.restDays,
    hardRunKinds: rules.week.hardRunKinds,
  });
  if (!skeleton) {
    throw new UserError(`cannot fit ${profile.runDays} runs and ${profile.strengthDays} strength days into a week without two hard days in a row`);
  }

  // Lay out the dates and what each day holds; a deload week has no quality session.
  const days = Array.from({ length: weeks * 7 }, (_, i) => {
    const date = start.plus({ days: i });
    const week = firstWeek + Math.floor(i / 7);
    const weekday = WEEKDAYS[date.weekday - 1]!;
    const planned = skeleton[date.weekday - 1]!;
    const slot: Slot = planned === 'quality' && isDeloadWeek(week, rules) ? 'easy' : planned;
    return { date: date.toISODate()!, week, weekday, slot };
  });
  const runs = days.filter((d) => isRunSlot(d.slot));
  const surfaces = rotateSurfaces(
    runs.map((d) => d.slot as RunKind),
    available,
  );
  const surfaceOf = new Map(runs.map((d, i) => [d.date, surfaces[i]!]));

  const runMinutes = new Map<string, number>();
  if (continuous) {
    // Weeks before `start` are not laid out, but their volume is what this week grows from.
    const slotsOf = (week: number) => days.filter((d) => d.week === week && isRunSlot(d.slot));
    const kindsOf = (week: number): ContinuousKind[] =>
      week >= firstWeek
        ? slotsOf(week).map((d) => d.slot as ContinuousKind)
        : skeleton.filter(isRunSlot).map((s) => (s === 'quality' && isDeloadWeek(week, rules) ? 'easy' : (s as ContinuousKind)));
    weeklyMinutes(firstWeek + weeks, rules, continuous, kindsOf).forEach((total, week) => {
      if (week < firstWeek) return;
      const weekRuns = slotsOf(week);
      splitMinutes(total, kindsOf(week), continuous).forEach((m, i) => runMinutes.set(weekRuns[i]!.date, m));
    });
  }

  const soft = available.length ? softest(available) : undefined;
  let strengthSession = firstWeek * profile.strengthDays;
  const buildDay = ({ date, week, weekday, slot }: (typeof days)[number]): Day => {
    const base = { date, weekday, hard: isRunSlot(slot) && rules.week.hardRunKinds.includes(slot), adjustments: [], notes: [] as string[] };
    if (isRunSlot(slot)) {
      const surface = surfaceOf.get(date)!;
      const content =
        level === 'beginner' ? runWalkContent(runWalkStep(week, rules), rules) : continuousContent(slot as ContinuousKind, runMinutes.get(date)!, level, rules);
      const run: RunDay = {
        ...base,
        type: 'run',
        ...content,
        surface,
        warmup: routine(rules.warmup[level], byId),
        cooldown: routine(rules.cooldown[level], byId),
      };
      if (slot === 'long' && soft && surface !== soft.id) {
        run.notes.push(`Long run on ${surface}: with two surfaces they alternate, so this one falls on the firmer`);
      }
      return run;
    }
    if (slot === 'strength') {
      const picked = pickStrengthExercises(dataset.exercises, equipment, rules.strength.exercisesPerSession, strengthSession++);
      const step = Math.floor(progressWeeks(week, rules) / rules.strength.weeksPerLevel);
      return {
        ...base,
        type: 'strength',
        minutes: rules.strength.minutes,
        warmup: rules.strength.warmup,
        exercises: picked.map((e) => planExercise(e, equipment, step)),
      };
    }
    if (slot === 'recovery') {
      return { ...base, type: 'recovery', minutes: rules.recovery.minutes, activities: rules.recovery.activities, mobility: planDrills(rules.recovery.mobility, byId) };
    }
    return { ...base, type: 'rest', activity: rules.rest.activity };
  };

  const builtDays = days.map(buildDay);
  const plan: Plan = { weeks: [], notes: [] };
  for (let w = 0; w < weeks; w++) {
    const weekDays = builtDays.slice(w * 7, w * 7 + 7);
    const number = firstWeek + w + 1;
    plan.weeks.push({ number, start: weekDays[0]!.date, deload: isDeloadWeek(number - 1, rules), days: weekDays, summary: summarise(weekDays) });
  }
  if (level === 'beginner') {
    const ladder = rules.levels.beginner.runWalk;
    const graduated = plan.weeks.find((w) => fullWeeksBefore(w.number - 1, rules) >= ladder.length - 1 && !w.deload);
    if (graduated) {
      plan.notes.push(`From week ${graduated.number} you run the top of the run-walk ladder; when it feels easy, try --level intermediate.`);
    }
  }
  return plan;
}

export function summarise(days: readonly Day[]): Week['summary'] {
  const joints = new Set<Joint>();
  const surfaces: string[] = [];
  let runMinutes = 0;
  for (const day of days) {
    if (day.type === 'run') {
      runMinutes += day.minutes;
      if (!surfaces.includes(day.surface)) surfaces.push(day.surface);
    }
    if (day.type === 'strength') day.exercises.forEach((e) => e.joints.forEach((j) => joints.add(j)));
  }
  return { runMinutes, hardDays: days.filter((d) => d.hard).length, surfaces, joints: JOINTS.filter((j) => joints.has(j)) };
}
