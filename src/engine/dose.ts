import type { Dose } from '../schema/exercises.js';

/** "3 x 30 s per leg", "2 x 8 per leg", "2 x alphabet per foot". */
export function doseText(dose: Dose): string {
  const amount =
    dose.holdSeconds !== undefined
      ? `${dose.holdSeconds} s`
      : dose.reps === 1 && dose.unit
        ? dose.unit
        : [dose.reps, dose.unit].filter((part) => part !== undefined).join(' ');
  const per = dose.per ? ` per ${dose.per}` : '';
  return dose.sets === 1 ? `${amount}${per}` : `${dose.sets} x ${amount}${per}`;
}

/** How long the parts of a strength session take (rules.yaml `strength.timing`). */
export interface StrengthTiming {
  secondsPerRep: number;
  restBetweenSets: number;
  switchSides: number;
}

/**
 * Seconds a dose takes: each set's reps (or hold), on both sides when it is per leg,
 * foot or side, with rest between sets. `secondsPerRep` overrides the timing's own.
 */
export function doseSeconds(dose: Dose, timing: StrengthTiming, secondsPerRep = timing.secondsPerRep): number {
  const sides = dose.per ? 2 : 1;
  const work = dose.holdSeconds ?? (dose.reps ?? 0) * secondsPerRep;
  const set = sides * work + (sides - 1) * timing.switchSides;
  return dose.sets * set + (dose.sets - 1) * timing.restBetweenSets;
}
