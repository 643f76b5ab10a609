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
