import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { builtIn } from '../helpers.js';
import { profileArb } from './arbitraries.js';
import { planViolations } from './invariants.js';

const dataset = builtIn();
const ZONES = ['UTC', 'Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Pacific/Auckland', 'Asia/Kolkata'];

/** Start dates from 1990 to 2090, with the awkward ones (year ends, leap days, DST changes) favoured. */
const startArb = fc.tuple(
  fc.oneof(
    fc.integer({ min: 0, max: 36_500 }).map((d) => DateTime.fromISO('1990-01-01').plus({ days: d }).toISODate()!),
    fc.constantFrom('2024-02-26', '2024-02-29', '2028-02-29', '2026-12-28', '2026-12-31', '2027-03-26', '2026-03-29', '2026-10-25', '2026-11-01', '2026-04-05'),
  ),
  fc.constantFrom(...ZONES),
);

test('every plan keeps every promise, for any valid profile, start and length', () => {
  fc.assert(
    fc.property(profileArb, startArb, fc.integer({ min: 1, max: 52 }), (profile, [date, zone], weeks) => {
      const start = DateTime.fromISO(date, { zone });
      const plan = planWeeks({ profile, dataset, start, weeks });
      expect(plan.weeks).toHaveLength(weeks);
      // Calendar days follow each other without gaps or repeats, DST or not.
      const dates = plan.weeks.flatMap((w) => w.days.map((d) => d.date));
      dates.forEach((d, i) => i > 0 && expect(DateTime.fromISO(d).diff(DateTime.fromISO(dates[i - 1]!), 'days').days).toBe(1));
      expect(planViolations(plan, profile, dataset)).toEqual([]);
    }),
    { numRuns: 300 },
  );
});

test('the same request always gives the same plan', () => {
  fc.assert(
    fc.property(profileArb, startArb, fc.integer({ min: 1, max: 12 }), (profile, [date, zone], weeks) => {
      const start = DateTime.fromISO(date, { zone });
      expect(planWeeks({ profile, dataset, start, weeks })).toEqual(planWeeks({ profile: { ...profile }, dataset, start, weeks }));
    }),
    { numRuns: 50 },
  );
});
