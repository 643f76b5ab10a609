// The history of a long log is read from the cache as a few numbers a check-in
// (historyLog). What it says must be what the log itself says, week by week.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { fromDayNumber } from '../../src/engine/load.js';
import { checkInsPerWeek, historyLog, summariseHistory } from '../../src/engine/history.js';
import { ACTIVITY_SPORTS, CHECKIN_STATUSES, PAIN_SITES } from '../../src/schema/constants.js';
import type { CheckIn } from '../../src/schema/log.js';
import { builtIn } from '../helpers.js';
import { profileArb } from './arbitraries.js';

const FIRST = 20_300; // 2025-07-31
const activityArb = fc.record({
  sport: fc.constantFrom(...ACTIVITY_SPORTS),
  minutes: fc.integer({ min: 0, max: 300 }),
  distanceMetres: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
});

const checkInArb: fc.Arbitrary<CheckIn> = fc
  .record({
    day: fc.integer({ min: FIRST, max: FIRST + 500 }),
    status: fc.constantFrom(...CHECKIN_STATUSES),
    planned: fc.option(fc.constantFrom('run', 'strength', 'recovery', 'rest' as const), { nil: undefined }),
    minutes: fc.integer({ min: 0, max: 600 }),
    rpe: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    surface: fc.option(fc.constant('trail'), { nil: undefined }),
    pain: fc.dictionary(fc.constantFrom(...PAIN_SITES), fc.integer({ min: 0, max: 10 }), { maxKeys: 3 }),
    distanceMetres: fc.option(fc.integer({ min: 0, max: 50_000 }), { nil: undefined }),
    activities: fc.option(fc.array(activityArb, { maxLength: 3 }), { nil: undefined }),
  })
  .map(({ day, activities, ...rest }) => {
    const date = fromDayNumber(day);
    const checkIn = { ...rest, date, recordedAt: `${date}T19:00:00Z` } as CheckIn;
    if (activities) checkIn.activities = activities.map((a, i) => ({ ...a, id: `${date}T0${i}:00:00Z ${a.sport}` }));
    for (const key of Object.keys(checkIn) as (keyof CheckIn)[]) if (checkIn[key] === undefined) delete checkIn[key];
    return checkIn;
  });

/** One check-in a date, as in a log. */
const logArb = fc.uniqueArray(checkInArb, { selector: (c) => c.date, maxLength: 120 });

test('the history read back from its cached numbers says what the log says, every week and every count', () => {
  const dataset = builtIn();
  fc.assert(
    fc.property(logArb, profileArb, fc.integer({ min: 0, max: 520 }), fc.integer({ min: 1, max: 80 }), (log, profile, offset, weeks) => {
      const monday = fromDayNumber(FIRST + 4 + 7 * Math.floor(offset / 7)); // 2025-08-04 was a Monday
      const today = fromDayNumber(FIRST + 4 + offset);
      const cached = JSON.parse(JSON.stringify(historyLog(log))) as ReturnType<typeof historyLog>;
      expect(summariseHistory(cached, profile, dataset, monday, weeks, today)).toEqual(summariseHistory(log, profile, dataset, monday, weeks, today));
      expect(checkInsPerWeek(cached, monday, weeks)).toEqual(checkInsPerWeek(log, monday, weeks));
    }),
    { numRuns: 200 },
  );
});
