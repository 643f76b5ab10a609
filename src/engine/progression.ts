import type { ContinuousRules, Rules, RunWalkStep } from '../schema/rules.js';

/** Every `every`-th week (the 4th, 8th, ... with every: 4) is a lighter deload week. */
export function isDeloadWeek(weekIndex: number, rules: Rules): boolean {
  return (weekIndex + 1) % rules.volume.deload.every === 0;
}

/** How many full (non-deload) weeks come before this one: what progression counts. */
export function fullWeeksBefore(weekIndex: number, rules: Rules): number {
  let count = 0;
  for (let w = 0; w < weekIndex; w++) if (!isDeloadWeek(w, rules)) count++;
  return count;
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

/**
 * The beginner's run-walk session for a week: one rung of the ladder per full week;
 * a deload week repeats the last rung with fewer repeats (or a shorter continuous run).
 */
export function runWalkStep(weekIndex: number, rules: Rules): RunWalkStep {
  const ladder = rules.levels.beginner.runWalk;
  const full = fullWeeksBefore(weekIndex, rules);
  if (!isDeloadWeek(weekIndex, rules)) return ladder[Math.min(full, ladder.length - 1)]!;
  const last = ladder[Math.min(Math.max(full - 1, 0), ladder.length - 1)]!;
  return shrinkStep(last, 1 - rules.volume.deload.reduction, 60);
}

/** A rung made lighter by `keep` (0-1): fewer repeats, or a shorter continuous run in whole minutes, at least `minRunSeconds`. */
export function shrinkStep(step: RunWalkStep, keep: number, minRunSeconds: number): RunWalkStep {
  if (step.repeats > 1) return { ...step, repeats: Math.max(1, Math.floor(step.repeats * keep)) };
  return { ...step, runSeconds: Math.max(minRunSeconds, Math.floor((step.runSeconds * keep) / 60) * 60) };
}

export type ContinuousKind = 'easy' | 'long' | 'quality';

function weight(kind: ContinuousKind, level: ContinuousRules): number {
  if (kind === 'long') return level.longRunFactor;
  if (kind === 'quality') return level.quality.factor;
  return 1;
}

/**
 * Weekly run minutes for continuous runners, week by week: grows by weeklyGrowth over
 * the last full week until easy runs reach their peak; deload weeks are `reduction`
 * lighter than the last full week. `kindsOf(week)` gives that week's run kinds.
 */
export function weeklyMinutes(weeks: number, rules: Rules, level: ContinuousRules, kindsOf: (week: number) => ContinuousKind[]): number[] {
  const totals: number[] = [];
  let lastFull = 0;
  for (let w = 0; w < weeks; w++) {
    const units = kindsOf(w).reduce((sum, kind) => sum + weight(kind, level), 0);
    if (isDeloadWeek(w, rules) && w > 0) {
      totals.push(Math.floor(lastFull * (1 - rules.volume.deload.reduction)));
      continue;
    }
    const start = Math.round(level.easyRunMinutes * units);
    const peak = Math.round(level.peakEasyRunMinutes * units);
    const grown = Math.floor(lastFull * (1 + rules.volume.weeklyGrowth));
    lastFull = w === 0 ? start : Math.max(lastFull, Math.min(peak, grown));
    totals.push(lastFull);
  }
  return totals;
}

/** Split a week's minutes over its runs by weight, in whole minutes that add up exactly. */
export function splitMinutes(total: number, kinds: ContinuousKind[], level: ContinuousRules): number[] {
  const weights = kinds.map((kind) => weight(kind, level));
  const units = weights.reduce((a, b) => a + b, 0);
  const minutes = weights.map((w) => Math.floor((total * w) / units));
  let left = total - minutes.reduce((a, b) => a + b, 0);
  // Hand out the rounding leftovers, the long run first.
  const order = kinds.map((kind, i) => ({ kind, i })).sort((a, b) => Number(b.kind === 'long') - Number(a.kind === 'long'));
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) minutes[order[k]!.i]!++;
  return minutes;
}
