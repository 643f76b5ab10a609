import type { ContinuousRules, Rules, RunWalkStep } from '../schema/rules.js';

/** Every `every`-th week of training (the 4th, 8th, ... with every: 4) is a lighter deload week. Weeks before training never are. */
export function isDeloadWeek(weekIndex: number, rules: Rules): boolean {
  return weekIndex >= 0 && (weekIndex + 1) % rules.volume.deload.every === 0;
}

/** How many full (non-deload) weeks come before this one: what progression counts. */
export function fullWeeksBefore(weekIndex: number, rules: Rules): number {
  const week = Math.max(0, weekIndex);
  return week - Math.floor(week / rules.volume.deload.every);
}

/**
 * How far strength work has progressed by this week: full weeks before it, so that
 * levels only ever move up at the start of a full week, never in a deload week.
 */
export function progressWeeks(weekIndex: number, rules: Rules): number {
  const full = fullWeeksBefore(weekIndex, rules);
  return isDeloadWeek(weekIndex, rules) ? Math.max(0, full - 1) : full;
}

export function stepSeconds(step: RunWalkStep): number {
  return step.repeats * (step.runSeconds + step.walkSeconds);
}

/** The rung of the run-walk ladder after so many full weeks: one rung every `runsPerRung` runs. */
export function rungAfter(fullWeeks: number, runDays: number, rules: Rules): number {
  const { runWalk, runsPerRung } = rules.levels.beginner;
  return Math.min(runWalk.length - 1, Math.floor((Math.max(0, fullWeeks) * runDays) / runsPerRung));
}

/**
 * The beginner's run-walk session for a week: a rung of the ladder climbed every
 * `runsPerRung` runs; a deload week repeats the last rung with fewer repeats (or a
 * shorter continuous run).
 */
export function runWalkStep(weekIndex: number, rules: Rules, runDays = 3): RunWalkStep {
  const ladder = rules.levels.beginner.runWalk;
  const full = fullWeeksBefore(weekIndex, rules);
  if (!isDeloadWeek(weekIndex, rules)) return ladder[rungAfter(full, runDays, rules)]!;
  const last = ladder[rungAfter(full - 1, runDays, rules)]!;
  return shrinkStep(last, 1 - rules.volume.deload.reduction, 60);
}

/** The first week (1-based) whose run-walk session is the top of the ladder, for a runner with `runDays` runs a week. */
export function weekOfTopRung(rules: Rules, runDays: number): number {
  const top = rules.levels.beginner.runWalk.length - 1;
  for (let w = 0; ; w++) if (!isDeloadWeek(w, rules) && rungAfter(fullWeeksBefore(w, rules), runDays, rules) >= top) return w + 1;
}

/**
 * A rung made lighter by `keep` (0-1): fewer repeats, or a shorter continuous run, at
 * least `minRunSeconds`. The result always lasts whole minutes.
 */
export function shrinkStep(step: RunWalkStep, keep: number, minRunSeconds: number): RunWalkStep {
  if (step.repeats > 1) {
    let repeats = Math.max(1, Math.floor(step.repeats * keep));
    while (repeats > 1 && (repeats * (step.runSeconds + step.walkSeconds)) % 60 !== 0) repeats--;
    const shrunk = { ...step, repeats };
    const over = stepSeconds(shrunk) % 60;
    // A single repeat that ends on a part minute: trim the walk after it.
    return over === 0 ? shrunk : { ...shrunk, walkSeconds: Math.max(0, step.walkSeconds - over) };
  }
  const runSeconds = Math.max(minRunSeconds, Math.floor((step.runSeconds * keep) / 60) * 60);
  const walkSeconds = step.walkSeconds - ((runSeconds + step.walkSeconds) % 60);
  return { ...step, runSeconds, walkSeconds: Math.max(0, walkSeconds) };
}

export type ContinuousKind = 'easy' | 'long' | 'quality';

function weight(kind: ContinuousKind, level: ContinuousRules): number {
  if (kind === 'long') return level.longRunFactor;
  if (kind === 'quality') return level.quality.factor;
  return 1;
}

/** A week's runs in units of an easy run. */
export function weekUnits(kinds: readonly ContinuousKind[], level: ContinuousRules): number {
  return kinds.reduce((sum, kind) => sum + weight(kind, level), 0);
}

/** The most the long run may be of the week's run minutes with `runs` runs a week. */
export function longRunShare(runs: number, rules: Rules): number {
  const rows = [...rules.volume.longRunShare].sort((a, b) => a.runs - b.runs);
  const row = rows.filter((r) => r.runs <= runs).at(-1) ?? rows[0]!;
  return row.max;
}

/** Where a runner starts: their recent running, if they told us. */
export interface StartingPoint {
  /** Running minutes in a typical recent week. */
  weeklyMinutes?: number;
  /** The longest run of the last 4 weeks, in minutes. */
  longestRun?: number;
}

export interface WeekVolume {
  /** Minutes of each run of the week, in weekday order. */
  minutes: number[];
  total: number;
}

export interface VolumeRequest {
  /** Volumes are worked out for weeks 0 .. weeks - 1. */
  weeks: number;
  rules: Rules;
  level: ContinuousRules;
  /** The run kinds of a week, in weekday order. */
  kindsOf: (week: number) => ContinuousKind[];
  start?: StartingPoint;
}

/** The lightest week a level plans: every run at its minimum length. */
export function lowestWeek(level: ContinuousRules, runs: number): number {
  return level.minRunMinutes * runs;
}

/**
 * Weekly run minutes for continuous runners, week by week, and how they split over the
 * week's runs. The first week starts from the runner's recent weekly minutes (within the
 * level's bounds) or from the level's usual start; full weeks grow by weeklyGrowth over
 * the last full week until easy runs reach their peak; deload weeks are `reduction`
 * lighter. No run is more than singleRunSpike over the longest run of the last
 * spikeWindowWeeks weeks, the long run keeps to its share of the week, and no other run
 * is longer than the long run: minutes that do not fit are left out, not moved.
 */
export function planVolumes({ weeks, rules, level, kindsOf, start = {} }: VolumeRequest): WeekVolume[] {
  const volumes: WeekVolume[] = [];
  const { weeklyGrowth, singleRunSpike, spikeWindowWeeks, deload } = rules.volume;
  let lastFull = 0;
  for (let w = 0; w < weeks; w++) {
    const kinds = kindsOf(w);
    const units = weekUnits(kinds, level);
    const peak = Math.round(level.peakEasyRunMinutes * units);
    let target: number;
    if (w === 0) {
      target =
        start.weeklyMinutes === undefined
          ? Math.round(level.easyRunMinutes * units)
          : Math.min(peak, Math.max(lowestWeek(level, kinds.length), start.weeklyMinutes));
    } else if (isDeloadWeek(w, rules)) {
      target = Math.floor(lastFull * (1 - deload.reduction));
    } else {
      target = Math.max(lastFull, Math.min(peak, Math.floor(lastFull * (1 + weeklyGrowth))));
    }
    const recent = volumes.slice(Math.max(0, w - spikeWindowWeeks)).map((v) => Math.max(...v.minutes));
    if (w < spikeWindowWeeks && start.longestRun !== undefined) recent.push(start.longestRun);
    // The level's shortest run is the floor: a runner below it is told about the beginner level.
    const longest = recent.length ? Math.max(level.minRunMinutes, Math.floor(Math.max(...recent) * (1 + singleRunSpike))) : Infinity;
    const minutes = splitMinutes(target, kinds, level, Math.min(longest, Math.floor(target * longRunShare(kinds.length, rules))));
    const total = minutes.reduce((a, b) => a + b, 0);
    volumes.push({ minutes, total });
    if (!isDeloadWeek(w, rules)) lastFull = total;
  }
  return volumes;
}

/**
 * Split a week's minutes over its runs by weight, in whole minutes. The long run gets at
 * most `longCap`; the others share the rest by weight, none longer than the long run.
 * Adds up to `total` unless the caps leave minutes over.
 */
export function splitMinutes(total: number, kinds: ContinuousKind[], level: ContinuousRules, longCap = Infinity): number[] {
  const weights = kinds.map((kind) => weight(kind, level));
  const units = weights.reduce((a, b) => a + b, 0);
  const longIndex = kinds.indexOf('long');
  const minutes = weights.map((w) => Math.floor((total * w) / units));
  if (longIndex >= 0) minutes[longIndex] = Math.min(minutes[longIndex]!, longCap);
  const ceiling = longIndex >= 0 ? minutes[longIndex]! : Infinity;
  const others = kinds.map((_, i) => i).filter((i) => i !== longIndex);
  const otherUnits = others.reduce((sum, i) => sum + weights[i]!, 0);
  const forOthers = total - (longIndex >= 0 ? minutes[longIndex]! : 0);
  for (const i of others) minutes[i] = Math.min(ceiling, Math.floor((forOthers * weights[i]!) / otherUnits));
  // Hand out the rounding leftovers one minute at a time, never past a cap.
  let left = total - minutes.reduce((a, b) => a + b, 0);
  const order = [...others, ...(longIndex >= 0 ? [longIndex] : [])];
  for (let pass = 0; left > 0 && pass < total; pass++) {
    let gave = false;
    for (const i of order) {
      if (left === 0) break;
      const cap = i === longIndex ? longCap : longIndex >= 0 ? minutes[longIndex]! : Infinity;
      if (minutes[i]! + 1 <= cap) {
        minutes[i]!++;
        left--;
        gave = true;
      }
    }
    if (!gave) break;
  }
  return minutes;
}
