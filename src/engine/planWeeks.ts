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
import { daysBetween, mondayOf } from './load.js';
import { fullWeeksBefore, isDeloadWeek, lowestWeek, planVolumes, runWalkStep, weekOfTopRung, type ContinuousKind } from './progression.js';
import { continuousContent, qualityVariant, runWalkContent } from './runSession.js';
import { planStrengthSession } from './strength.js';
import { rotateSurfaces, surfacesFor } from './surfaces.js';
import { planWeekSkeleton, type Slot } from './weekSkeleton.js';

export interface PlanRequest {
  profile: Profile;
  dataset: Dataset;
  /** The first day of the plan; weeks run seven days from it. */
  start: DateTime;
  weeks: number;
  /**
   * The week of training (0 for the first) that the calendar week of `start` is. Without
   * it, weeks count from the profile's `startDate` (or from `start` when there is none).
   * Progression, deload rhythm, the run-walk ladder and every rotation count from there,
   * so a date gets the same session whatever window asks for it.
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


/** Weeks of training between the profile's start date and the week of `date` (negative before it; 0 without a start date). */
export function trainingWeekOf(profile: Profile, date: string): number {
  if (!profile.startDate) return 0;
  return daysBetween(mondayOf(profile.startDate), mondayOf(date)) / 7;
}

/** Build `weeks` weeks of training from a profile. Pure: the same request gives the same plan. */
export function planWeeks({ profile, dataset, start, weeks, firstWeek }: PlanRequest): Plan {
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
    quality: continuous !== undefined && profile.runDays >= continuous.quality.fromRunDays,
    restDays: rules.week.restDays,
    hardRunKinds: rules.week.hardRunKinds,
  });
  if (!skeleton) {
    throw new UserError(`cannot fit ${profile.runDays} runs and ${profile.strengthDays} strength days into a week without two hard days in a row`);
  }
  const runDaysOfWeek = [0, 1, 2, 3, 4, 5, 6].filter((d) => isRunSlot(skeleton[d]!));
  const strengthDaysOfWeek = [0, 1, 2, 3, 4, 5, 6].filter((d) => skeleton[d] === 'strength');

  /** What a weekday holds in a week of training: no quality in deload weeks or before the level's first quality week. */
  const slotOf = (week: number, weekday: number): Slot => {
    const planned = skeleton[weekday]!;
    const w = Math.max(0, week);
    if (planned === 'quality' && (isDeloadWeek(w, rules) || w + 1 < continuous!.quality.fromWeek)) return 'easy';
    return planned;
  };

  /** Quality sessions before this week's: the kinds take turns from the first one. */
  const qualityWeeksBefore = (week: number) => fullWeeksBefore(week, rules) - fullWeeksBefore(continuous!.quality.fromWeek - 1, rules);
  const qualityOf = (week: number) => qualityVariant(level as Exclude<typeof level, 'beginner'>, qualityWeeksBefore(Math.max(0, week)), rules);

  // Each date belongs to the week of training of its own Monday-to-Sunday week.
  const week0 = firstWeek ?? trainingWeekOf(profile, start.toISODate()!);
  const days = Array.from({ length: weeks * 7 }, (_, i) => {
    const date = start.plus({ days: i });
    const week = week0 + Math.floor((start.weekday - 1 + i) / 7);
    const weekday = date.weekday - 1;
    return { date: date.toISODate()!, week, weekday, slot: slotOf(week, weekday) };
  });
  const lastWeek = Math.max(0, days.at(-1)!.week);
  const firstDayWeek = days[0]!.week;

  // Surfaces rotate over every run since training began, so any window agrees.
  const runsOfWeek = (week: number) =>
    runDaysOfWeek.map((d) => {
      const kind = slotOf(week, d) as RunKind;
      const only = kind === 'quality' ? rules.qualitySessions[qualityOf(week)]!.surfaces : undefined;
      return { kind, week, day: d, ...(only ? { only } : {}) };
    });
  // One week more than needed each way, so that the last run sees the run after it.
  const forward = Array.from({ length: lastWeek + 2 }, (_, w) => runsOfWeek(w)).flat();
  const surfaceOf = new Map<string, string>();
  rotateSurfaces(forward, available).forEach((id, i) => surfaceOf.set(`${forward[i]!.week}:${forward[i]!.day}`, id));
  if (firstDayWeek < 0) {
    // Weeks before training began rotate backwards from its first run.
    const backward = Array.from({ length: 1 - firstDayWeek }, (_, k) => runsOfWeek(-1 - k).reverse()).flat();
    rotateSurfaces(backward, available, surfaceOf.get(`0:${runDaysOfWeek[0]}`)).forEach((id, i) => surfaceOf.set(`${backward[i]!.week}:${backward[i]!.day}`, id));
  }

  const volumes = continuous
    ? planVolumes({
        weeks: lastWeek + 1,
        rules,
        level: continuous,
        kindsOf: (w) => runDaysOfWeek.map((d) => slotOf(w, d) as ContinuousKind),
        start: { weeklyMinutes: profile.weeklyMinutes, longestRun: profile.longestRun },
      })
    : [];

  const bestLong = available.length ? surfacesFor('long', available)[0] : undefined;
  const buildDay = ({ date, week, weekday: d, slot }: (typeof days)[number]): Day => {
    const base = { date, weekday: WEEKDAYS[d]!, hard: isRunSlot(slot) && rules.week.hardRunKinds.includes(slot), adjustments: [], notes: [] as string[] };
    const w = Math.max(0, week);
    if (isRunSlot(slot)) {
      const surface = surfaceOf.get(`${week}:${d}`)!;
      const content =
        level === 'beginner'
          ? runWalkContent(runWalkStep(w, rules, profile.runDays), rules)
          : continuousContent(slot as ContinuousKind, volumes[w]!.minutes[runDaysOfWeek.indexOf(d)]!, level, rules, qualityOf(w));
      const run: RunDay = {
        ...base,
        type: 'run',
        ...content,
        surface,
        warmup: routine(rules.warmup[level], byId),
        cooldown: routine(rules.cooldown[level], byId),
      };
      if (slot === 'long' && bestLong && surface !== bestLong.id) {
        const name = available.find((s) => s.id === surface)!.name.toLowerCase();
        run.notes.push(`On ${name}, not ${bestLong.name.toLowerCase()}: no surface comes twice in a row`);
      }
      return run;
    }
    if (slot === 'strength') {
      const session = week * profile.strengthDays + strengthDaysOfWeek.indexOf(d);
      return {
        ...base,
        type: 'strength',
        minutes: rules.strength.minutes,
        warmup: rules.strength.warmup,
        exercises: planStrengthSession({ exercises: dataset.exercises, equipment, rules, session, week: w }),
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
    const week = days[w * 7]!.week;
    plan.weeks.push({ number: week + 1, start: weekDays[0]!.date, deload: isDeloadWeek(week, rules), days: weekDays, summary: summarise(weekDays) });
  }
  plan.notes.push(...startingNotes(profile, dataset, plan));
  return plan;
}

/** What the runner should know about where the plan starts and how long the ladder takes. */
function startingNotes(profile: Profile, dataset: Dataset, plan: Plan): string[] {
  const { rules } = dataset;
  const notes: string[] = [];
  const lastNumber = plan.weeks.at(-1)!.number;
  if (profile.level === 'beginner') {
    const top = weekOfTopRung(rules, profile.runDays);
    const usual = weekOfTopRung(rules, rules.levels.beginner.runsPerRung);
    if (top > usual && plan.weeks[0]!.number < top) {
      notes.push(
        `With ${profile.runDays} runs a week each run-walk step gets ${rules.levels.beginner.runsPerRung} runs, so continuous running comes in week ${top} rather than week ${usual}: take your time.`,
      );
    }
    if (lastNumber >= top) {
      notes.push(`From week ${Math.max(top, plan.weeks[0]!.number)} you run the top of the run-walk ladder; when it feels easy, try --level intermediate.`);
    }
    return notes;
  }
  const level = rules.levels[profile.level];
  const lowest = lowestWeek(level, profile.runDays);
  if (plan.weeks[0]!.number > rules.volume.spikeWindowWeeks) return notes;
  if (profile.weeklyMinutes !== undefined && profile.weeklyMinutes < lowest) {
    notes.push(`You run about ${profile.weeklyMinutes} min a week; ${profile.level} weeks start at ${lowest} min. If that is a big step, --level beginner builds up with run-walk.`);
  } else if (profile.longestRun !== undefined && profile.longestRun < level.minRunMinutes) {
    notes.push(`Your longest recent run was ${profile.longestRun} min; ${profile.level} runs last ${level.minRunMinutes} min or more. If that is a big step, --level beginner builds up with run-walk.`);
  }
  return notes;
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
