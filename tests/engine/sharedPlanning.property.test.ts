// Planning once per request: the days the shown weeks, the adaptation horizon and the
// weeks before it share must be the days each would get planned and adapted on its own.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { applyAdaptations } from '../../src/engine/adapt/index.js';
import { adaptWindow } from '../../src/engine/adapt/window.js';
import { adaptedPlan } from '../../src/engine/adaptedPlan.js';
import { addDays, dayNumber, fromDayNumber, mondayOf } from '../../src/engine/load.js';
import { withPaces } from '../../src/engine/paces.js';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { raceOutlook } from '../../src/engine/raceOutlook.js';
import { dayName } from '../../src/engine/adapt/words.js';
import { PAIN_SITES } from '../../src/schema/constants.js';
import type { CheckIn } from '../../src/schema/log.js';
import { builtIn } from '../helpers.js';
import { startedProfileArb } from './arbitraries.js';

const dataset = builtIn();
const TODAY = '2026-11-25';

/** Up to eight weeks of check-ins before today, some with pain, some skipped. */
const logArb = fc
  .uniqueArray(
    fc.record({
      back: fc.integer({ min: 0, max: 55 }),
      status: fc.constantFrom<CheckIn['status'][]>('done', 'done', 'partly', 'skipped'),
      minutes: fc.integer({ min: 15, max: 120 }),
      rpe: fc.integer({ min: 1, max: 10 }),
      pain: fc.dictionary(fc.constantFrom(...PAIN_SITES), fc.integer({ min: 0, max: 9 }), { maxKeys: 2 }),
    }),
    { maxLength: 40, selector: (e) => e.back },
  )
  .map((entries) =>
    entries.map(({ back, ...e }): CheckIn => {
      const date = addDays(TODAY, -back);
      return { date, planned: 'run', ...e, minutes: e.status === 'skipped' ? 0 : e.minutes, recordedAt: `${date}T19:00:00Z` };
    }),
  );

test('the plan shown is the plan each step gives on its own: planned, adapted to the log, with the race outlook and paces', () => {
  const scenario = fc.record({ profile: startedProfileArb, log: logArb, shift: fc.integer({ min: -20, max: 20 }), weeks: fc.integer({ min: 1, max: 14 }) });
  fc.assert(
    fc.property(scenario, ({ profile, log, shift, weeks }) => {
      const start = DateTime.fromISO(addDays(TODAY, shift), { zone: 'utc' });
      const alone = () => {
        const plan = planWeeks({ profile, dataset, start, weeks });
        const adapted = adaptWindow({ plan, checkIns: log, profile, dataset, today: TODAY });
        const outlook = raceOutlook({ profile, dataset, checkIns: log, today: TODAY });
        const paced = withPaces(adapted, profile, dataset.rules);
        return outlook ? { ...paced, notes: [...paced.notes, outlook] } : paced;
      };
      expect(adaptedPlan({ profile, dataset, start, weeks, checkIns: log, today: TODAY })).toEqual(alone());
    }),
    { numRuns: 25 },
  );
});

test('adapting only the days up to a date gives those days exactly as adapting the whole plan does', () => {
  const scenario = fc.record({ profile: startedProfileArb, log: logArb, through: fc.integer({ min: 0, max: 34 }) });
  fc.assert(
    fc.property(scenario, ({ profile, log, through }) => {
      const plan = planWeeks({ profile, dataset, start: DateTime.fromISO(mondayOf(TODAY), { zone: 'utc' }), weeks: 5 });
      const date = addDays(mondayOf(TODAY), through);
      const upTo = (p: typeof plan) => p.weeks.flatMap((w) => w.days).filter((d) => d.date <= date);
      const whole = applyAdaptations({ plan, checkIns: log, profile, dataset, today: TODAY });
      const part = applyAdaptations({ plan, checkIns: log, profile, dataset, today: TODAY }, { through: date });
      expect(upTo(part)).toEqual(upTo(whole));
    }),
    { numRuns: 25 },
  );
});

test('dates count as the calendar does, leap days and centuries included', () => {
  fc.assert(
    fc.property(fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2200-12-31') }), (day) => {
      const date = new Date(day * 86_400_000).toISOString().slice(0, 10);
      expect(fromDayNumber(day)).toBe(date);
      expect(dayNumber(date)).toBe(day);
    }),
    { numRuns: 2000 },
  );
  expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
  expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
  expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  expect(dayName('2026-12-06')).toBe('Sun 6 Dec');
  expect(dayName('2027-09-01')).toBe('Wed 1 Sep');
});
