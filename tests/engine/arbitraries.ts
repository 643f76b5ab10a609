import fc from 'fast-check';
import { DateTime } from 'luxon';
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

/** A profile that began training on a Monday between 2020 and 2030, some with a starting point. */
export const startedProfileArb: fc.Arbitrary<Profile> = fc
  .tuple(
    profileArb,
    fc.integer({ min: 0, max: 520 }),
    fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }),
  )
  .map(([profile, week, weeklyMinutes, longestRun]) => ({
    ...profile,
    startDate: DateTime.fromISO('2020-01-06').plus({ weeks: week }).toISODate()!,
    ...(weeklyMinutes === undefined ? {} : { weeklyMinutes }),
    ...(longestRun === undefined ? {} : { longestRun }),
  }));
