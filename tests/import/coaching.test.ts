// Coaching stories with runs imported from a watch: pain not recorded is never read as
// pain-free, an effort not recorded still counts for load, and distance guards single runs.
import { describe, expect, test } from 'vitest';
import { spikeWarning } from '../../src/engine/adapt/index.js';
import type { CheckIn } from '../../src/schema/log.js';
import { builtIn } from '../helpers.js';
import { adapt, checkIn, followPlan, reasons, runsBetween } from '../scenarios/story.js';

/** A run imported without asking: effort and pain not recorded. */
const importedRun = (date: string, extra: Partial<CheckIn> = {}): CheckIn => {
  const c: CheckIn = {
    ...checkIn(date, { minutes: 40, notRecorded: ['rpe', 'pain'], distanceMetres: 8000, activities: [{ id: `${date}T06:00:00Z run`, sport: 'run', minutes: 40, distanceMetres: 8000 }] }),
    ...extra,
  };
  delete c.rpe;
  return c;
};

describe('pain not recorded is unknown, never pain-free', () => {
  const knee8 = followPlan('2026-11-09', '2026-12-06', { '2026-12-06': { pain: { 'knee-left': 8 } } });

  test('an imported run with pain not recorded earns no step on the way back after pain above 5', () => {
    const told = adapt([...knee8, checkIn('2026-12-09', { minutes: 40 })], '2026-12-09').after;
    const untold = adapt([...knee8, importedRun('2026-12-09')], '2026-12-09').after;
    expect(reasons(told, '2026-12-11', '2026-12-11').join()).toMatch(/Return step 1 of 4, run 2 of 2/);
    expect(reasons(untold, '2026-12-11', '2026-12-11').join()).toMatch(/Return step 1 of 4, run 1 of 2/);
  });

  test('a week of imported runs with pain not recorded does not lift the caution', () => {
    const week = ['2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13', '2026-12-14'].map((d) => importedRun(d));
    const after = adapt([...knee8, ...week], '2026-12-14').after;
    const next = runsBetween(after, '2026-12-15', '2026-12-31')[0]!;
    expect([...next.adjustments, ...next.notes].join()).toMatch(/Return step 1 of 4, run 1 of 2, after knee pain 8\/10/);
  });
});

describe('an effort not recorded', () => {
  test('reads no effort spike into an imported run', () => {
    const log = followPlan('2026-11-09', '2026-11-24');
    const after = adapt([...log, importedRun('2026-11-25', { minutes: 120, activities: [{ id: '2026-11-25T06:00:00Z run', sport: 'run', minutes: 120 }] })], '2026-11-25').after;
    expect(reasons(after).join()).not.toMatch(/at effort/);
  });
});

describe('the single-run spike warning uses distance when both runs have one', () => {
  const rules = builtIn().rules;
  const log = ['2026-11-01', '2026-11-08', '2026-11-15'].map((d) => importedRun(d, { minutes: 60, distanceMetres: 10000 }));

  test('a run 20 % further is warned about, even in the same minutes', () => {
    expect(spikeWarning(log, importedRun('2026-11-20', { minutes: 60, distanceMetres: 12000 }), rules)).toMatch(/This run \(12\.0 km\) is more than 10 % longer than your longest of the previous 30 days \(10\.0 km\)/);
  });

  test('a run no further is not, even if slower', () => {
    expect(spikeWarning(log, importedRun('2026-11-20', { minutes: 70, distanceMetres: 10000 }), rules)).toBeUndefined();
  });

  test('without a distance on this run, minutes decide as before', () => {
    const typed = checkIn('2026-11-20', { minutes: 70 });
    expect(spikeWarning(log, typed, rules)).toMatch(/This run \(70 min\)/);
  });
});

describe('a ride on a run day is not a run', () => {
  test('it earns no step on the way back', () => {
    const knee8 = followPlan('2026-11-09', '2026-12-06', { '2026-12-06': { pain: { 'knee-left': 8 } } });
    const ride = checkIn('2026-12-09', { minutes: 40, activities: [{ id: '2026-12-09T06:00:00Z ride', sport: 'ride', minutes: 40 }] });
    expect(reasons(adapt([...knee8, ride], '2026-12-09').after, '2026-12-11', '2026-12-11').join()).toMatch(/Return step 1 of 4, run 1 of 2/);
  });
});
