import { acuteChronicRatio, addDays } from '../load.js';
import type { Rule } from './types.js';
import { dayName, percent } from './words.js';

/**
 * The acute:chronic load ratio, as information that acts cautiously: only once the log covers
 * the whole chronic window, a ratio above `high` makes the next 7 days' runs shorter.
 */
export const loadRatio: Rule = (s) => {
  const { high, trim } = s.dataset.rules.adaptation.load;
  const { ratio } = acuteChronicRatio(s.log, addDays(s.from, -1), s.dataset.rules);
  if (ratio === null || ratio <= high) return [];
  const until = addDays(s.from, 7);
  return [{ what: 'shorter', from: s.from, until, keep: 1 - trim, reason: `Load ratio ${ratio.toFixed(2)}, above ${high}: runs ${percent(trim)} shorter until ${dayName(addDays(until, -1))}` }];
};
