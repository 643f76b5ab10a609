import { noGrowthMinutes, planEnd } from './situation.js';
import type { Change, Rule } from './types.js';

/**
 * Pain that keeps coming back (the same joint at 3/10 or more on 3 check-ins within 21 days),
 * any report of 7/10 or more, or pain on most check-ins for 14 days or more: advise a physical
 * therapist or movement specialist, and keep the plan conservative for that joint (no quality,
 * no growth, gentler exercises) until enough pain-free check-ins. Advice, never a block.
 */
/** What the advice calls the pain, by the case that fired it. */
const WHY_SEE = { severe: 'Pain this strong', recurring: 'Pain that keeps coming back', lasting: 'Pain that lasts' } as const;

export const specialistAdvice: Rule = (s) =>
  s.joints.flatMap(({ joint, specialist }): Change[] => {
    if (!specialist) return [];
    const { clearAfterPainFree } = s.dataset.rules.adaptation.specialist;
    const until = planEnd(s);
    const left = clearAfterPainFree - specialist.painFree;
    const why = `${specialist.why}: conservative until ${left} more pain-free check-in${left === 1 ? '' : 's'}`;
    const base = noGrowthMinutes(s, specialist.since);
    return [
      {
        what: 'note',
        text: `${specialist.why}. ${WHY_SEE[specialist.kind]} deserves a look: please see a physical therapist or movement specialist who works with runners. Until ${left} more pain-free check-in${left === 1 ? '' : 's'}, the plan stays conservative for the ${joint}: no quality, no growth, gentler ${joint} exercises.`,
      },
      { what: 'easy', from: s.from, until, long: false, reason: `${why}: no quality` },
      ...(base !== undefined ? [{ what: 'weekCap', from: s.from, until, minutes: base, reason: `${why}: no weekly growth` } as const] : []),
      { what: 'spare', from: s.from, until, joint, reason: `${why}: gentler ${joint} exercises` },
    ];
  });
