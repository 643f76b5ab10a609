import fc from 'fast-check';
import { LEVELS, WEEKDAYS } from '../../src/schema/constants.js';
import type { Profile } from '../../src/schema/profile.js';
import { builtIn } from '../helpers.js';

/** Any profile the planner promises to handle: counts inside the level's ranges, 6 busy days at most. */
export const profileArb: fc.Arbitrary<Profile> = fc.constantFrom(...LEVELS).chain((level) => {
  const dataset = builtIn();
  const rules = dataset.rules.levels[level];
  return fc.integer({ min: rules.runDays.min, max: rules.runDays.max }).chain((runDays) =>
    fc.record({
      level: fc.constant(level),
      runDays: fc.constant(runDays),
      strengthDays: fc.integer({ min: rules.strengthDays.min, max: Math.min(rules.strengthDays.max, 6 - runDays) }),
      longRunDay: fc.constantFrom(...WEEKDAYS),
      surfaces: fc.shuffledSubarray(
        dataset.surfaces.map((s) => s.id),
        { minLength: 1 },
      ),
      equipment: fc.subarray(dataset.equipment.map((e) => e.id)),
    }),
  );
});
