import { addDays } from '../load.js';
import { aroundRun, noGrowthMinutes, noLongerLongRun } from './situation.js';
import type { Change, Rule } from './types.js';
import { dayName, painOn } from './words.js';

/**
 * Pain above the safe level (3/10 or more), even when it settled: for `holdDays` after the
 * last such report, no weekly growth, no long run longer than the last full week's, and
 * strength spares the joint. Worse pain adds the other rules on top.
 */
export const acceptablePain: Rule = (s) =>
  s.joints.flatMap(({ joint, sore }): Change[] => {
    if (!sore) return [];
    const { holdDays } = s.dataset.rules.adaptation.pain;
    const start = addDays(sore.date, 1);
    const until = addDays(sore.date, holdDays + 1);
    if (until <= s.from) return [];
    const why = `${painOn(joint, sore.value, sore.date)}`;
    const base = noGrowthMinutes(s, sore.since);
    const long = noLongerLongRun(s, sore.since);
    const last = dayName(addDays(until, -1));
    return [
      ...(base !== undefined ? [{ what: 'weekCap', from: start, until, minutes: base, reason: `${why}: no weekly growth` } as const] : []),
      ...(long ? [{ what: 'maxSession', from: start, until, minutes: long, kinds: ['long'], reason: `${why}: long run kept at ${long - aroundRun(s)} min until ${last}` } as const] : []),
      { what: 'spare', from: start, until, joint, reason: `${why}: gentler ${joint} exercises until ${last}` },
    ];
  });
