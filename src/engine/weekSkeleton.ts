import { WEEKDAYS, type Level, type Weekday } from '../schema/constants.js';

/** What each weekday holds, Monday first, before minutes and exercises are filled in. */
export type Slot = 'long' | 'quality' | 'easy' | 'runWalk' | 'strength' | 'rest' | 'recovery' | 'race';

export interface SkeletonRequest {
  level: Level;
  runDays: number;
  strengthDays: number;
  longRunDay: Weekday;
  /** Whether one run a week is a quality session. */
  quality: boolean;
  restDays: number;
  hardRunKinds: readonly string[];
}

const DAYS = 7;
/** Tomorrow and yesterday on a week that repeats: Sunday is next to Monday. */
const next = (i: number) => (i + 1) % DAYS;
const prev = (i: number) => (i + DAYS - 1) % DAYS;
const distance = (a: number, b: number) => Math.min(Math.abs(a - b), DAYS - Math.abs(a - b));

/**
 * Each combination of `k` of `pool`, in order (the first days first), as `visit` sees it:
 * the days of one combination as a bit mask (bit d for weekday d) and as a list, reused
 * from one call to the next.
 */
function eachCombination(pool: readonly number[], k: number, visit: (mask: number, days: readonly number[]) => void): void {
  const days: number[] = [];
  const pick = (from: number, mask: number): void => {
    if (days.length === k) {
      visit(mask, days);
      return;
    }
    for (let i = from; i <= pool.length - (k - days.length); i++) {
      days.push(pool[i]!);
      pick(i + 1, mask | (1 << pool[i]!));
      days.pop();
    }
  };
  pick(0, 0);
}

const WEEK = (1 << DAYS) - 1;
/** A mask of weekdays moved one day back: bit d says whether the day after d is in `mask` (Sunday's next day is Monday). */
const nextOf = (mask: number) => (mask >> 1) | ((mask & 1) << (DAYS - 1));
/** How many weekdays a mask holds. */
function count(mask: number): number {
  let n = 0;
  for (let m = mask; m; m &= m - 1) n++;
  return n;
}

/** Heavier than every other penalty together: a layout with strength before a hard run only when no other fits. */
const STRENGTH_BEFORE_HARD = 1000;

/** Lower is better: spread the work, keep the day after the long run easy. Masks of the run, strength and free days; `quality` the quality day or -1. */
function score(runs: number, strength: number, long: number, quality: number): number {
  const free = WEEK & ~runs & ~strength;
  let penalty = 3 * count(runs & nextOf(runs)) + 2 * count(strength & nextOf(strength)) + count(free & nextOf(free));
  const afterLong = 1 << next(long);
  if (runs & afterLong) penalty += 4;
  if (strength & afterLong) penalty += 2;
  if (quality >= 0) penalty += 2 * (3 - distance(quality, long));
  // Legs should be fresh for the long run and the quality session: strength the day
  // before either is avoided whenever the week has another place for it.
  const before = Number((strength >> prev(long)) & 1) + (quality >= 0 ? (strength >> prev(quality)) & 1 : 0);
  return before * STRENGTH_BEFORE_HARD + penalty;
}

/**
 * Place the week's sessions on weekdays. Tries every placement and keeps the best
 * that holds the hard rules: no two hard days back to back (Sunday to Monday
 * included, since weeks follow each other), beginners never run two days running,
 * at least one rest or recovery day. Returns undefined when nothing fits.
 */
export function planWeekSkeleton(req: SkeletonRequest): Slot[] | undefined {
  const long = WEEKDAYS.indexOf(req.longRunDay);
  const beginner = req.level === 'beginner';
  const runKind: Slot = beginner ? 'runWalk' : 'easy';
  const others = [0, 1, 2, 3, 4, 5, 6].filter((d) => d !== long);
  const free = DAYS - req.runDays - req.strengthDays;
  if (req.runDays < 1 || free < 1) return undefined;
  const isHard = (slot: Slot) => req.hardRunKinds.includes(slot);
  const hard = { long: isHard(beginner ? runKind : 'long'), quality: isHard('quality'), run: isHard(runKind), strength: isHard('strength'), free: isHard('recovery') };

  let best: { runs: number; strength: number; quality: number; score: number } | undefined;
  eachCombination(others, req.runDays - 1, (extraMask, extraRuns) => {
    const runs = extraMask | (1 << long);
    if (beginner && runs & nextOf(runs)) return;
    const open = others.filter((d) => !(runs & (1 << d)));
    eachCombination(open, req.strengthDays, (strength) => {
      // Hard days but the quality session's: the long run, the other runs and whatever else the rules count as hard.
      const hardDays = (hard.long ? 1 << long : 0) | (hard.run ? extraMask : 0) | (hard.strength ? strength : 0) | (hard.free ? WEEK & ~runs & ~strength : 0);
      for (const quality of req.quality ? extraRuns : [-1]) {
        const q = quality >= 0 ? 1 << quality : 0;
        const hardMask = (hardDays & ~q) | (hard.quality ? q : 0);
        if (hardMask & nextOf(hardMask)) continue;
        const s = score(runs, strength, long, quality);
        if (!best || s < best.score) best = { runs, strength, quality, score: s };
      }
    });
  });
  if (!best) return undefined;
  const { runs, strength, quality } = best;
  const slots = Array.from({ length: DAYS }, (_, d): Slot => {
    if (strength & (1 << d)) return 'strength';
    if (!(runs & (1 << d))) return 'recovery';
    if (d === long && !beginner) return 'long';
    return d === quality ? 'quality' : runKind;
  });
  return assignRestDays(slots, long, req.restDays);
}

/** Free days are recovery days, except `restDays` of them: the first free days after the long run. */
function assignRestDays(slots: Slot[], long: number, restDays: number): Slot[] {
  const result = [...slots];
  let left = restDays;
  for (let step = 1; step <= DAYS && left > 0; step++) {
    const d = (long + step) % DAYS;
    if (result[d] === 'recovery') {
      result[d] = 'rest';
      left--;
    }
  }
  return result;
}
