// Paces, when a runner gives one: approximate distances, target paces, a predicted race time.
import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { pacesOf, paceText, withPaces } from '../../src/engine/paces.js';
import { planWeeks } from '../../src/engine/planWeeks.js';
import type { RunDay } from '../../src/schema/plan.js';
import { builtIn, profile } from '../helpers.js';

const dataset = builtIn();

test('from a 45:00 10K: easy runs at about 5:51/km, tempo at 4:42/km, intervals at the predicted 5K pace (Riegel, 4:19/km)', () => {
  const paces = pacesOf(profile({ recentRace: '10k=45:00' }), dataset.rules)!;
  expect(paceText(paces.easy, 'km')).toBe('5:51/km');
  expect(paceText(paces.tempo, 'km')).toBe('4:42/km');
  // Riegel: 5 km in 45:00 x (5/10)^1.06 = 21:35, 4:19/km.
  expect(paceText(paces.intervals, 'km')).toBe('4:19/km');
  // Riegel: a half marathon in 45:00 x 2.10975^1.06, about 1:39:17.
  expect(paces.predict!(21.0975) / 60).toBeCloseTo(99.29, 1);
  expect(paceText(paces.easy, 'mi')).toBe('9:25/mi');
});

test('with an easy pace in miles, each run shows about how far it goes; run-walk sessions and runners without a pace show none', () => {
  const runner = profile({ startDate: '2026-11-23', easyPace: '10:00', units: 'mi' });
  const plan = withPaces(planWeeks({ profile: runner, dataset, start: DateTime.fromISO('2026-11-23'), weeks: 1 }), runner, dataset.rules);
  const runs = plan.weeks[0]!.days.filter((d): d is RunDay => d.type === 'run');
  for (const run of runs) {
    // 10 minutes a mile: a tenth of a mile a minute.
    expect(run.approxDistance).toEqual({ value: run.minutes / 10, units: 'mi' });
    expect(run.notes.at(-1)).toMatch(/^About [\d.]+ mi at 10:00\/mi/);
  }
  const plain = profile({ startDate: '2026-11-23' });
  const without = withPaces(planWeeks({ profile: plain, dataset, start: DateTime.fromISO('2026-11-23'), weeks: 1 }), plain, dataset.rules);
  expect(without.weeks[0]!.days.some((d) => d.type === 'run' && d.approxDistance)).toBe(false);
});

test('race day shows the predicted finish from a recent race', () => {
  const runner = profile({ startDate: '2026-11-23', recentRace: '10k=45:00', race: { date: '2027-03-14', distance: 'half' } });
  const plan = withPaces(planWeeks({ profile: runner, dataset, start: DateTime.fromISO('2027-03-08'), weeks: 1 }), runner, dataset.rules);
  const race = plan.weeks[0]!.days.find((d) => d.type === 'race')!;
  expect(race.type === 'race' && race.predicted).toMatch(/^1:39:\d\d$/);
  expect(race.notes.join()).toMatch(/Predicted finish about 1:39:\d\d \(Riegel's formula, from 10k=45:00\)/);
});
