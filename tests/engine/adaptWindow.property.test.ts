import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { adaptWindow } from '../../src/engine/adapt/window.js';
import { addDays, mondayOf } from '../../src/engine/load.js';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { PAIN_SITES } from '../../src/schema/constants.js';
import type { CheckIn } from '../../src/schema/log.js';
import { builtIn, profile as makeProfile } from '../helpers.js';

const dataset = builtIn();
const profile = makeProfile({ level: 'intermediate', runDays: 4, startDate: '2026-10-26' });

/** Check-ins on most days of the four weeks before today, some with pain, some skipped. */
const logArb = (today: string) =>
  fc.array(
    fc.record({
      back: fc.integer({ min: 0, max: 27 }),
      status: fc.constantFrom<CheckIn['status'][]>('done', 'done', 'partly', 'skipped'),
      minutes: fc.integer({ min: 20, max: 90 }),
      rpe: fc.integer({ min: 2, max: 10 }),
      pain: fc.dictionary(fc.constantFrom(...PAIN_SITES), fc.integer({ min: 0, max: 9 }), { maxKeys: 2 }),
    }),
    { maxLength: 20 },
  ).map((entries) => {
    const byDate = new Map<string, CheckIn>();
    for (const e of entries) {
      const date = addDays(today, -e.back);
      byDate.set(date, { date, status: e.status, planned: 'run', minutes: e.status === 'skipped' ? 0 : e.minutes, rpe: e.status === 'skipped' ? 0 : e.rpe, pain: e.pain, recordedAt: `${date}T19:00:00Z` });
    }
    return [...byDate.values()];
  });

test('a date gets the same adapted session whichever window shows it: today, plan --weeks, plan --start', () => {
  const scenario = fc.integer({ min: 0, max: 40 }).chain((t) => {
    const today = addDays('2026-11-23', t);
    return fc.record({
      today: fc.constant(today),
      log: logArb(today),
      ahead: fc.integer({ min: 0, max: 30 }),
      weeksBefore: fc.integer({ min: 0, max: 3 }),
      weeksAfter: fc.integer({ min: 0, max: 4 }),
    });
  });
  fc.assert(
    fc.property(scenario, ({ today, log, ahead, weeksBefore, weeksAfter }) => {
      const date = addDays(today, ahead);
      const shown = (start: string, weeks: number) => {
        const plan = planWeeks({ profile, dataset, start: DateTime.fromISO(start, { zone: 'utc' }), weeks });
        const adapted = adaptWindow({ plan, checkIns: log, profile, dataset, today });
        return adapted.weeks.flatMap((w) => w.days).find((d) => d.date === date);
      };
      const oneWeek = shown(mondayOf(date), 1);
      expect(shown(addDays(mondayOf(date), -7 * weeksBefore), weeksBefore + 1 + weeksAfter)).toEqual(oneWeek);
      expect(shown(date, 1)).toEqual(oneWeek);
    }),
    { numRuns: 60 },
  );
});

test('a day read on its own (the next day after a check-in) is the day and the notes the whole window gives', () => {
  const scenario = fc.integer({ min: 0, max: 40 }).chain((t) => {
    const today = addDays('2026-11-23', t);
    return fc.record({ today: fc.constant(today), log: logArb(today), ahead: fc.integer({ min: -10, max: 7 }) });
  });
  fc.assert(
    fc.property(scenario, ({ today, log, ahead }) => {
      const date = addDays(today, ahead);
      const plan = planWeeks({ profile, dataset, start: DateTime.fromISO(mondayOf(date), { zone: 'utc' }), weeks: 1 });
      const request = { plan, checkIns: log, profile, dataset, today };
      const whole = adaptWindow(request);
      const alone = adaptWindow(request, undefined, (d) => d === date);
      const dayOf = (p: typeof whole) => p.weeks[0]!.days.find((d) => d.date === date);
      expect(dayOf(alone)).toEqual(dayOf(whole));
      expect(alone.notes).toEqual(whole.notes);
    }),
    { numRuns: 80 },
  );
});
