import { describe, expect, test } from 'vitest';
import type { RunKind } from '../../src/schema/common.js';
import fc from 'fast-check';
import { rotateSurfaces, surfaceCycle, surfaceOfRun, surfacesFor } from '../../src/engine/surfaces.js';
import { builtIn, profile as makeProfile } from '../helpers.js';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { DateTime } from 'luxon';

const surfaces = (...ids: string[]) => ids.map((id) => builtIn().surfaces.find((s) => s.id === id)!);
const week: RunKind[] = ['easy', 'quality', 'easy', 'long'];
const weeks = (n: number, pattern: RunKind[] = week) => Array.from({ length: n }, (_, w) => pattern.map((kind) => ({ kind, week: w }))).flat();
const noneTwiceInARow = (result: string[]) => result.forEach((s, i) => i > 0 && expect(s, `run ${i}`).not.toBe(result[i - 1]));

describe('rotateSurfaces', () => {
  test('one surface: every run on it', () => {
    expect(new Set(rotateSurfaces(weeks(3), surfaces('pavement')))).toEqual(new Set(['pavement']));
  });

  test('never the same surface twice in a row, and every surface gets used', () => {
    const result = rotateSurfaces(weeks(6), surfaces('pavement', 'grass', 'dirt', 'trail', 'track'));
    noneTwiceInARow(result);
    expect(new Set(result)).toEqual(new Set(['pavement', 'grass', 'dirt', 'trail', 'track']));
  });

  test('long runs go on the softest even surface (a dirt path before grass), quality sessions on the track', () => {
    const kinds = weeks(4);
    const result = rotateSurfaces(kinds, surfaces('pavement', 'track', 'grass', 'dirt'));
    kinds.forEach(({ kind }, i) => {
      if (kind === 'long') expect(result[i]).toBe('dirt');
      if (kind === 'quality') expect(result[i]).toBe('track');
    });
  });

  test('concrete, pavement and a treadmill: no concrete, no long run on the treadmill, the treadmill at most once a week', () => {
    const kinds = weeks(4);
    const result = rotateSurfaces(kinds, surfaces('concrete', 'pavement', 'treadmill'));
    expect(result).not.toContain('concrete');
    kinds.forEach(({ kind, week: w }, i) => {
      if (kind === 'long') expect(result[i]).toBe('pavement');
      expect(result.filter((s, j) => s === 'treadmill' && kinds[j]!.week === w).length).toBeLessThanOrEqual(1);
    });
  });

  test('concrete only when nothing softer is listed', () => {
    expect(surfacesFor('easy', surfaces('concrete', 'grass')).map((s) => s.id)).toEqual(['grass']);
    expect(surfacesFor('easy', surfaces('concrete')).map((s) => s.id)).toEqual(['concrete']);
  });

  test('two surfaces alternate, across weeks too', () => {
    const result = rotateSurfaces(weeks(4, ['easy', 'easy', 'long']), surfaces('grass', 'pavement'));
    noneTwiceInARow(result);
  });
});

describe('a rotation worked out until it repeats', () => {
  test('gives every run of a long plan the surface choosing run by run gives it', () => {
    const ids = ['grass', 'dirt', 'trail', 'track', 'treadmill', 'pavement', 'concrete'];
    const kinds: RunKind[] = ['easy', 'quality', 'long', 'runWalk'];
    const layout = fc.record({
      available: fc.subarray(ids, { minLength: 1 }),
      week: fc.array(fc.constantFrom(...kinds), { minLength: 1, maxLength: 6 }),
      period: fc.integer({ min: 1, max: 8 }),
      /** Surfaces a quality session needs, turn by turn within the period (a hill every so often). */
      only: fc.array(fc.option(fc.subarray(ids, { minLength: 1, maxLength: 2 }), { nil: undefined }), { minLength: 8, maxLength: 8 }),
    });
    fc.assert(
      fc.property(layout, fc.integer({ min: 1, max: 6 }), ({ available, week: pattern, period, only }, periods) => {
        const runsOf = (weeks: number) =>
          Array.from({ length: weeks }, (_, w) => pattern.map((kind) => ({ kind, week: w, ...(kind === 'quality' && only[w % period] ? { only: only[w % period] } : {}) }))).flat();
        const all = runsOf(60);
        // Every run chosen one by one, without looking for a repeat.
        const whole = rotateSurfaces(all, surfaces(...available));
        const cycle = surfaceCycle(runsOf(periods * period + 1), surfaces(...available), undefined, period);
        // Only the runs before the last week are settled (the last run has no run after it to keep a surface free for).
        const settled = (cycle.repeats ? all.length : cycle.surfaces.length) - pattern.length;
        for (let k = 0; k < settled; k++) expect(surfaceOfRun(cycle, k), `run ${k}`).toBe(whole[k]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('a plan on fewer surfaces than its rules need', () => {
  const planOn = (...ids: string[]) => {
    const profile = makeProfile({ surfaces: ids, runDays: 3 });
    return planWeeks({ profile, dataset: builtIn(), start: DateTime.fromISO('2026-11-23', { zone: 'utc' }), weeks: 2 });
  };

  test('a treadmill-only runner is told the treadmill carries more than its one run a week, with its caution', () => {
    expect(planOn('treadmill').notes.join()).toMatch(/^Treadmill: up to 3 runs a week, more than the 1 it is meant for.*set a 1% incline/);
  });

  test('with another surface the treadmill keeps to its one run, and nothing is said', () => {
    const plan = planOn('treadmill', 'grass');
    expect(plan.notes.join()).not.toMatch(/Treadmill:/);
    for (const week of plan.weeks) expect(week.days.filter((d) => d.type === 'run' && d.surface === 'treadmill').length).toBeLessThanOrEqual(1);
  });
});

test('the rotation keeps taking turns across its origin week (New Year 2024): every surface within any two weeks', () => {
  const profile = makeProfile({ level: 'beginner', runDays: 2, strengthDays: 1, longRunDay: 'monday', surfaces: ['treadmill', 'trail', 'track'], equipment: [], startDate: '2023-11-20' });
  const plan = planWeeks({ profile, dataset: builtIn(), start: DateTime.fromISO('2023-11-27', { zone: 'utc' }), weeks: 9 });
  const used = plan.weeks.map((w) => w.days.flatMap((d) => (d.type === 'run' ? [d.surface] : [])));
  for (let i = 1; i < used.length; i++) expect(new Set([...used[i - 1]!, ...used[i]!]), `weeks ${i}-${i + 1}`).toEqual(new Set(['treadmill', 'trail', 'track']));
});
