import { describe, expect, test } from 'vitest';
import { LEVELS, WEEKDAYS, type Level } from '../../src/schema/constants.js';
import { planWeekSkeleton, type SkeletonRequest, type Slot } from '../../src/engine/weekSkeleton.js';

const DAYS = 7;
const next = (i: number) => (i + 1) % DAYS;
const prev = (i: number) => (i + DAYS - 1) % DAYS;
const distance = (a: number, b: number) => Math.min(Math.abs(a - b), DAYS - Math.abs(a - b));

type Base = 'run' | 'strength' | 'free';

function* combinations(pool: number[], k: number, from = 0): Generator<number[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= pool.length - k; i++) {
    for (const rest of combinations(pool, k - 1, i + 1)) yield [pool[i]!, ...rest];
  }
}

/** Heavier than every other penalty together: a layout with strength before a hard run only when no other fits. */
const STRENGTH_BEFORE_HARD = 1000;

/** Lower is better: spread the work, keep the day after the long run easy. */
function score(slots: Slot[], base: Base[], long: number): number {
  let penalty = 0;
  for (let i = 0; i < DAYS; i++) {
    if (base[i] === 'run' && base[next(i)] === 'run') penalty += 3;
    if (base[i] === 'strength' && base[next(i)] === 'strength') penalty += 2;
    if (base[i] === 'free' && base[next(i)] === 'free') penalty += 1;
  }
  if (base[next(long)] === 'run') penalty += 4;
  if (base[next(long)] === 'strength') penalty += 2;
  const quality = slots.indexOf('quality');
  if (quality >= 0) penalty += 2 * (3 - distance(quality, long));
  // Legs should be fresh for the long run and the quality session: strength the day
  // before either is avoided whenever the week has another place for it.
  const before = [long, quality].filter((d) => d >= 0 && base[prev(d)] === 'strength').length;
  return before * STRENGTH_BEFORE_HARD + penalty;
}

function hardAdjacent(slots: Slot[], isHard: (slot: Slot) => boolean): boolean {
  return slots.some((slot, i) => isHard(slot) && isHard(slots[next(i)]!));
}

/**
 * The layout as first written: every placement tried as arrays of slots, the best kept (rest
 * days not yet assigned). Kept here to hold the quicker search to the same choice.
 * Place the week's sessions on weekdays. Tries every placement and keeps the best
 * that holds the hard rules: no two hard days back to back (Sunday to Monday
 * included, since weeks follow each other), beginners never run two days running,
 * at least one rest or recovery day. Returns undefined when nothing fits.
 */
function bruteForceSkeleton(req: SkeletonRequest): Slot[] | undefined {
  const long = WEEKDAYS.indexOf(req.longRunDay);
  const isHard = (slot: Slot) => req.hardRunKinds.includes(slot);
  const runKind: Slot = req.level === 'beginner' ? 'runWalk' : 'easy';
  const others = [0, 1, 2, 3, 4, 5, 6].filter((d) => d !== long);
  const free = DAYS - req.runDays - req.strengthDays;
  if (req.runDays < 1 || free < 1) return undefined;

  let best: { slots: Slot[]; score: number } | undefined;
  for (const extraRuns of combinations(others, req.runDays - 1)) {
    const runs = [long, ...extraRuns];
    const open = others.filter((d) => !runs.includes(d));
    for (const strength of combinations(open, req.strengthDays)) {
      const base: Base[] = Array.from({ length: DAYS }, (_, d) =>
        runs.includes(d) ? 'run' : strength.includes(d) ? 'strength' : 'free',
      );
      if (req.level === 'beginner' && base.some((b, d) => b === 'run' && base[next(d)] === 'run')) continue;
      const qualityChoices = req.quality ? extraRuns : [-1];
      for (const quality of qualityChoices) {
        const slots = base.map((b, d): Slot => {
          if (b === 'strength') return 'strength';
          if (b === 'free') return 'recovery';
          if (d === long && req.level !== 'beginner') return 'long';
          return d === quality ? 'quality' : runKind;
        });
        if (hardAdjacent(slots, isHard)) continue;
        const s = score(slots, base, long);
        if (!best || s < best.score) best = { slots, score: s };
      }
    }
  }
  if (!best) return undefined;
  return best.slots;
}


describe('the week layout', () => {
  test('every runner gets the layout trying each placement in turn finds: the same days for the same rules', () => {
    const hardKinds: readonly (readonly string[])[] = [['long', 'quality', 'runWalk'], ['long', 'quality'], ['quality'], [], ['long', 'quality', 'easy', 'runWalk', 'strength', 'recovery']];
    let layouts = 0;
    for (const level of LEVELS as readonly Level[])
      for (const longRunDay of WEEKDAYS)
        for (let runDays = 0; runDays <= 7; runDays++)
          for (let strengthDays = 0; strengthDays <= 7 - runDays; strengthDays++)
            for (const quality of [false, true])
              for (const hardRunKinds of hardKinds) {
                const req: SkeletonRequest = { level, runDays, strengthDays, longRunDay, quality, restDays: 1, hardRunKinds };
                const expected = bruteForceSkeleton(req);
                const layout = planWeekSkeleton(req);
                expect(layout?.map((slot): Slot => (slot === 'rest' ? 'recovery' : slot)), JSON.stringify(req)).toEqual(expected);
                if (layout) layouts++;
              }
    expect(layouts).toBeGreaterThan(1000);
  });
});
