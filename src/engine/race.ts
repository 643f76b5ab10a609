// Race plans: phases counted back from race day, volumes that build toward the distance's
// long run within the growth cap and the single-run spike guard, and race day itself.
import type { ContinuousRules, RaceRules, Rules } from '../schema/rules.js';
import type { Drill, PlannedExercise, RaceDay } from '../schema/plan.js';
import { doseText } from './dose.js';
import type { RunContent } from './runSession.js';
import { UserError } from '../errors.js';
import { addDays, daysBetween, mondayOf } from './load.js';
import { longRunShare, lowestWeek, splitMinutes, weekUnits, type ContinuousKind, type StartingPoint } from './progression.js';

import type { Phase } from '../schema/plan.js';

export type { Phase };

export type DistanceRules = RaceRules['distances'][number];

const KM_PER_MILE = 1.609344;

/** The race rules of a dataset, or a clear refusal when it has none. */
export function raceRules(rules: Rules): RaceRules {
  if (!rules.race) throw new UserError('this dataset has no race rules (`race:` in rules.yaml); plan without --race', { field: 'race' });
  return rules.race;
}

/** Kilometres of a distance: a listed one (5k, half) or a custom one (15k, 10mi). */
export function distanceKm(distance: string, race: RaceRules): number {
  const listed = race.distances.find((d) => d.id === distance);
  if (listed) return listed.km;
  const match = /^(\d+(?:\.\d+)?)(k|mi)$/.exec(distance);
  if (!match) throw new UserError(`unknown race distance "${distance}"; use 5k, 10k, half, marathon or a distance such as 15k or 10mi`, { field: 'race' });
  return Number(match[1]) * (match[2] === 'mi' ? KM_PER_MILE : 1);
}

/** A distance as a runner says it: "5K", "half marathon", "15K", "10-mile race". */
export function distanceName(distance: string): string {
  if (distance === 'half') return 'half marathon';
  if (distance === 'marathon') return 'marathon';
  if (distance.endsWith('mi')) return `${distance.slice(0, -2)}-mile race`;
  return `${distance.slice(0, -1)}K`;
}

/**
 * The rules for a distance. A custom distance takes the row of the next listed distance
 * up (taper, recovery, phases; the longest row beyond the list), with long runs in
 * proportion between the rows around it.
 */
export function distanceRules(distance: string, race: RaceRules): DistanceRules {
  const listed = race.distances.find((d) => d.id === distance);
  if (listed) return listed;
  const km = distanceKm(distance, race);
  const above = race.distances.find((d) => d.km >= km) ?? race.distances.at(-1)!;
  const below = [...race.distances].reverse().find((d) => d.km < km);
  if (!below || above.km < km) return { ...above, id: distance, km };
  const t = Math.min(1, (km - below.km) / (above.km - below.km));
  const between = (a: number, b: number) => Math.round(a + (b - a) * t);
  return {
    ...above,
    id: distance,
    km,
    longRun: { target: between(below.longRun.target, above.longRun.target), min: between(below.longRun.min, above.longRun.min) },
  };
}

/** The Monday-based week of training (0 = the week of `startDate`) that holds race day. */
export function raceWeekIndex(startDate: string, raceDate: string): number {
  return daysBetween(mondayOf(startDate), mondayOf(raceDate)) / 7;
}

/** A week's phase, by how many weeks it comes before race week (negative: after it). */
export function phaseOf(weeksBefore: number, d: DistanceRules): Phase {
  if (weeksBefore === 0) return 'race';
  if (weeksBefore < 0) return -weeksBefore <= d.recoveryWeeks ? 'recovery' : 'base';
  if (weeksBefore < d.taperWeeks) return 'taper';
  if (weeksBefore < d.taperWeeks + d.peakWeeks) return 'peak';
  if (weeksBefore < d.taperWeeks + d.peakWeeks + d.buildWeeks) return 'build';
  return 'foundation';
}

/**
 * Whether a week is a lighter (deload) week: before the taper every `every`-th week
 * counted back from it, so that the last weeks before the taper are full; after the
 * recovery weeks, every `every`-th week again. Never the first week of training.
 */
export function isRaceDeload(week: number, weeksBefore: number, d: DistanceRules, rules: Rules): boolean {
  const every = rules.volume.deload.every;
  if (week <= 0) return false;
  const beforeTaper = weeksBefore - d.taperWeeks;
  if (weeksBefore > 0) return beforeTaper >= 0 && beforeTaper % every === every - 1;
  const afterRecovery = -weeksBefore - d.recoveryWeeks;
  return afterRecovery > 0 && afterRecovery % every === 0;
}

export interface RaceWeekVolume {
  phase: Phase;
  deload: boolean;
  /** Minutes of each run of the week, in the order of `kindsOf`. */
  minutes: number[];
  total: number;
}

export interface RaceVolumeRequest {
  rules: Rules;
  level: ContinuousRules;
  distance: DistanceRules;
  /** Week of training (0-based) of race week. */
  raceWeek: number;
  /** Volumes for weeks 0 .. weeks - 1. */
  weeks: number;
  /** The run kinds of a week that count toward its volume, in order (race week: the runs before the race). */
  kindsOf: (week: number) => ContinuousKind[];
  start?: StartingPoint;
}

/** The most weekly minutes a race build aims at: the level's peak, or what the target long run needs at its share. */
function racePeak(level: ContinuousRules, kinds: ContinuousKind[], d: DistanceRules, rules: Rules): number {
  return Math.max(Math.round(level.peakEasyRunMinutes * weekUnits(kinds, level)), Math.ceil(d.longRun.target / longRunShare(kinds.length, rules)));
}

/**
 * Weekly run minutes of a race plan. Before the taper, full weeks grow by weeklyGrowth
 * over the last full week toward the race's peak; deload weeks are lighter. The long run
 * grows toward the distance's target, never over its share of the week nor more than
 * singleRunSpike over the longest run of the last spikeWindowWeeks weeks. The taper and
 * race week are a share of the peak week; recovery weeks too, easy only; then the weeks
 * grow again at the usual rate toward the level's peak.
 */
export function planRaceVolumes({ rules, level, distance: d, raceWeek, weeks, kindsOf, start = {} }: RaceVolumeRequest): RaceWeekVolume[] {
  const race = raceRules(rules);
  const { weeklyGrowth, singleRunSpike, spikeWindowWeeks, deload } = rules.volume;
  const volumes: RaceWeekVolume[] = [];
  let lastFull = 0;
  let peak = 0;
  for (let w = 0; w < weeks; w++) {
    const kinds = kindsOf(w);
    const weeksBefore = raceWeek - w;
    const phase = phaseOf(weeksBefore, d);
    const isDeload = isRaceDeload(w, weeksBefore, d, rules);
    const top = weeksBefore > 0 ? racePeak(level, kinds, d, rules) : Math.round(level.peakEasyRunMinutes * kinds.length);
    let target: number;
    if (w === 0 && phase !== 'race' && phase !== 'taper') {
      target = start.weeklyMinutes ?? Math.round(level.easyRunMinutes * weekUnits(kinds, level));
      target = Math.min(top, Math.max(lowestWeek(level, kinds.length), target));
    } else if (phase === 'taper') {
      target = Math.floor(peak * (1 - race.phases.taper.reduction));
    } else if (phase === 'race') {
      // The runs before the race get what they would of a whole week at the race week's share.
      const whole = Math.max(kinds.length, kindsOf(Math.max(0, w - 1)).length);
      target = Math.floor((peak * (1 - race.phases.race.reduction) * kinds.length) / whole);
    } else if (phase === 'recovery') {
      // A smaller share the longer the race, and no run longer than an easy run.
      const share = d.recoveryShares[-weeksBefore - 1] ?? d.recoveryShares.at(-1)!;
      target = Math.min(Math.floor(peak * share), kinds.length * level.easyRunMinutes);
    } else if (isDeload) {
      target = Math.floor(lastFull * (1 - deload.reduction));
    } else {
      target = Math.max(lastFull, Math.min(top, Math.floor(lastFull * (1 + weeklyGrowth))));
    }
    if (w === 0 && (phase === 'race' || phase === 'taper')) target = Math.min(target, start.weeklyMinutes ?? target);
    const recent = volumes.slice(Math.max(0, w - spikeWindowWeeks)).map((v) => Math.max(0, ...v.minutes));
    if (w < spikeWindowWeeks && start.longestRun !== undefined) recent.push(start.longestRun);
    const longest = recent.length ? Math.max(level.minRunMinutes, Math.floor(Math.max(...recent) * (1 + singleRunSpike))) : Infinity;
    const longCap = Math.min(longest, Math.floor(target * longRunShare(kinds.length, rules)), weeksBefore > 0 ? d.longRun.target : Infinity);
    const minutes = kinds.length ? splitMinutes(target, kinds, level, longCap).map((m) => Math.min(m, longest)) : [];
    const total = minutes.reduce((a, b) => a + b, 0);
    volumes.push({ phase, deload: isDeload, minutes, total });
    const full = !isDeload && (phase === 'foundation' || phase === 'build' || phase === 'peak' || phase === 'base');
    if (full) lastFull = total;
    if (weeksBefore > 0 && full) peak = Math.max(peak, total);
    if (phase === 'recovery') lastFull = total;
  }
  return volumes;
}

/** The longest long run a race build reaches before its taper. */
export function peakLongRun(volumes: readonly RaceWeekVolume[], kindsOf: (week: number) => ContinuousKind[]): number {
  let best = 0;
  volumes.forEach((v, w) => {
    if (v.phase === 'taper' || v.phase === 'race' || v.phase === 'recovery' || v.phase === 'base') return;
    const i = kindsOf(w).indexOf('long');
    if (i >= 0) best = Math.max(best, v.minutes[i]!);
  });
  return best;
}

const longDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m! - 1];
  return `${d} ${month} ${y}`;
};

export interface RaceCheck {
  rules: Rules;
  level: ContinuousRules;
  distance: string;
  raceDate: string;
  /** The Monday training counts from. */
  startDate: string;
  kindsOf: (week: number) => ContinuousKind[];
  start: StartingPoint;
}

/** Whether the build from `startDate` reaches the distance's shortest peak long run before the taper. */
function longRunReached(check: RaceCheck, distance: DistanceRules, raceWeek: number): { reached: number; needed: number; ok: boolean } {
  const volumes = planRaceVolumes({ rules: check.rules, level: check.level, distance, raceWeek, weeks: raceWeek + 1, kindsOf: check.kindsOf, start: check.start });
  const reached = peakLongRun(volumes, check.kindsOf);
  return { reached, needed: distance.longRun.min, ok: reached >= distance.longRun.min };
}

/**
 * Refuse a race the timeline cannot build to safely, saying why and what would work: the
 * first race date that would, and the longest listed distance that fits the date.
 */
export function checkRaceTimeline(check: RaceCheck): void {
  const race = raceRules(check.rules);
  const d = distanceRules(check.distance, race);
  const raceWeek = raceWeekIndex(check.startDate, check.raceDate);
  const name = distanceName(check.distance);
  if (raceWeek < 0) throw new UserError(`the race on ${longDate(check.raceDate)} is before the plan starts (${longDate(check.startDate)}); give a later date or --race none`, { field: 'race' });
  const result = longRunReached(check, d, raceWeek);
  if (result.ok) return;
  // The first later race week that works: more weeks only ever build further.
  const works = (extra: number) => longRunReached(check, d, raceWeek + extra).ok;
  let high = 1;
  while (high <= 104 && !works(high)) high *= 2;
  let later: string | undefined;
  if (high <= 104 || works(104)) {
    let low = Math.floor(high / 2);
    high = Math.min(high, 104);
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (works(mid)) high = mid;
      else low = mid;
    }
    later = addDays(check.raceDate, 7 * high);
  }
  const shorter = [...race.distances].reverse().find((x) => x.km < d.km && longRunReached(check, x, raceWeek).ok);
  const from =
    check.start.weeklyMinutes !== undefined
      ? `from ${check.start.weeklyMinutes} min a week${check.start.longestRun !== undefined ? ` and a longest run of ${check.start.longestRun} min` : ''}`
      : 'from the level\'s usual start';
  const options = [later ? `a race on or after ${longDate(later)}` : undefined, shorter ? `a ${distanceName(shorter.id)} on the same date` : undefined].filter(Boolean);
  throw new UserError(
    `a ${name} on ${longDate(check.raceDate)} is too soon: ${from}, growing within the cap and with no run more than ${Math.round(check.rules.volume.singleRunSpike * 100)} % over your longest, the long run reaches ${result.reached} min before the taper and a ${name} needs ${result.needed}${options.length ? `; ${options.join(', or ')} would work` : ''}`,
    { field: 'race' },
  );
}

/** Race day: the race warm-up for the distance, pacing cues, and what to do after. */
export function raceDay(distance: string, d: DistanceRules, race: RaceRules, base: Omit<RaceDay, 'type' | 'distance' | 'title' | 'warmup' | 'pacing' | 'after'>, drills: Drill[]): RaceDay {
  const long = d.km >= race.raceDay.longFromKm;
  const name = distanceName(distance);
  return {
    ...base,
    type: 'race',
    distance,
    title: `Race day: ${name}`,
    warmup: { minutes: d.warmupMinutes, activity: d.km >= race.raceDay.longWarmupFromKm ? race.raceDay.longWarmupActivity : race.raceDay.warmupActivity, drills },
    pacing: long ? race.raceDay.pacing.long : race.raceDay.pacing.short,
    after: race.raceDay.after,
  };
}

/** The day before the race: a short easy run with a few strides. */
export function shakeoutContent(minutes: number, race: RaceRules): RunContent {
  return { kind: 'easy', title: race.raceWeek.shakeout.title, minutes, intervals: null, mainSet: race.raceWeek.shakeout.mainSet.replace('{minutes}', String(minutes)) };
}

/** Strength at maintenance (taper, race week): the same exercises and levels, one set fewer. */
export function maintained(exercises: PlannedExercise[], mode: 'progress' | 'hold' | 'maintenance'): PlannedExercise[] {
  if (mode !== 'maintenance') return exercises;
  return exercises.map((e) => {
    const dose = { ...e.dose, sets: Math.max(1, e.dose.sets - 1) };
    return { ...e, dose, doseText: doseText(dose) };
  });
}

/** The phase of the week starting `weekStart` (a Monday) in a plan toward `race`. */
export function phaseOfWeek(race: { date: string; distance: string }, weekStart: string, rules: Rules): Phase {
  return phaseOf(daysBetween(weekStart, mondayOf(race.date)) / 7, distanceRules(race.distance, raceRules(rules)));
}
