// Days gone by read as the runner lived them: what the plan gave on the day, from the
// check-ins logged before it, not the session as first planned.
import { expect, test } from 'vitest';
import { adaptWindow } from '../../src/engine/adapt/window.js';
import { DateTime } from 'luxon';
import { mondayOf } from '../../src/engine/load.js';
import { planWeeks } from '../../src/engine/planWeeks.js';
import type { CheckIn } from '../../src/schema/log.js';
import { builtIn } from '../helpers.js';
import { checkIn, day, followPlan, RUNNER } from './story.js';

/** The week of `from` as first planned, as `plan` and `today` make it. */
const planned = (from: string) => planWeeks({ profile: RUNNER, dataset: builtIn(), start: DateTime.fromISO(mondayOf(from), { zone: 'utc' }), weeks: 1 });
/** That week as `plan` shows it on `today`. */
const shown = (checkIns: CheckIn[], today: string, from = today) => adaptWindow({ plan: planned(from), checkIns, profile: RUNNER, dataset: builtIn(), today });

test('after knee pain 8/10 on Sunday, the week looked back on shows the day without running and the walk-runs it gave, not the sessions first planned', () => {
  // Sun 6 Dec: knee 8/10. Tue 8 Dec: no running. Wed 9 Dec: the first walk-run, done at 0/10. Fri 11 Dec: missed.
  const log = [
    ...followPlan('2026-11-09', '2026-12-06', { '2026-12-06': { pain: { 'knee-left': 8 } } }),
    checkIn('2026-12-07', { planned: 'strength', minutes: 25, rpe: 3 }),
    checkIn('2026-12-08', { planned: 'recovery', minutes: 20, rpe: 2 }),
    checkIn('2026-12-09', { minutes: 27, rpe: 3 }),
    checkIn('2026-12-10', { planned: 'strength', minutes: 25, rpe: 3 }),
  ];
  const week = shown(log, '2026-12-12');
  expect(day(planned('2026-12-07'), '2026-12-08').type).toBe('run');
  expect(day(week, '2026-12-08')).toMatchObject({ type: 'recovery', adjustments: [expect.stringMatching(/Knee pain 8\/10 on Sun 6 Dec, above 5: no running until Wed 9 Dec/)] });
  expect(day(week, '2026-12-09')).toMatchObject({ type: 'run', kind: 'runWalk' });
  expect([...day(week, '2026-12-09').adjustments, ...day(week, '2026-12-09').notes].join()).toMatch(/Return step 1 of 4, run 1 of 2/);
  expect([...day(week, '2026-12-11').adjustments, ...day(week, '2026-12-11').notes].join()).toMatch(/Return step 1 of 4, run 2 of 2/);
  // The same past day reads the same whichever later day looks back on it.
  expect(day(shown(log, '2026-12-13', '2026-12-07'), '2026-12-11')).toEqual(day(week, '2026-12-11'));
});

test('a day before the first check-in, and a plan with no check-ins, show the sessions as first planned', () => {
  const week = shown([checkIn('2026-11-25', { pain: { 'knee-left': 8 } })], '2026-11-28', '2026-11-23');
  const first = planned('2026-11-23');
  for (const date of ['2026-11-23', '2026-11-24', '2026-11-25']) expect(day(week, date)).toEqual(day(first, date));
  expect(shown([], '2026-11-28', '2026-11-23')).toEqual(first);
});
