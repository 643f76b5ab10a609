import { addDays } from '../load.js';
import { noGrowthMinutes } from './situation.js';
import type { Change, Rule } from './types.js';
import { dayName, painOn, percent } from './words.js';

/**
 * Pain above the acceptable level (Silbernagel: above 5/10 is too much): no running for the
 * next 48 hours whatever was planned, the next 7 days' runs shorter and easy, no growth in the week
 * that follows. The graded return after it is `returnLadder`.
 */
export const tooMuchPain: Rule = (s) =>
  s.joints.flatMap(({ joint, tooMuch, sore }): Change[] => {
    if (!tooMuch) return [];
    const { noRunningHours, shorterBy, acceptableMax } = s.dataset.rules.adaptation.pain;
    const start = addDays(tooMuch.date, 1);
    const runAgain = addDays(start, noRunningHours / 24);
    const weekAfter = addDays(start, 7);
    if (weekAfter <= s.from) return [];
    const what = `${painOn(joint, tooMuch.value, tooMuch.date)}, above ${acceptableMax}`;
    const base = noGrowthMinutes(s, sore && sore.since < tooMuch.date ? sore.since : tooMuch.date);
    return [
      { what: 'noRunning', from: start, until: runAgain, joints: [joint], reason: `${what}: no running until ${dayName(runAgain)}` },
      { what: 'shorter', from: start, until: weekAfter, keep: 1 - shorterBy, reason: `${what}: runs ${percent(shorterBy)} shorter until ${dayName(addDays(weekAfter, -1))}` },
      { what: 'easy', from: start, until: weekAfter, long: false, reason: `${what}: no quality until ${dayName(addDays(weekAfter, -1))}` },
      ...(base !== undefined ? [{ what: 'weekCap', from: start, until: weekAfter, minutes: base, reason: `${what}: no weekly growth` } as const] : []),
      { what: 'spare', from: start, until: weekAfter, joint, reason: `${what}: gentler ${joint} exercises` },
    ];
  });
