import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { DatedActivity } from '../../src/import/activity.js';
import { mergeDay, sortActivities, type MergeOptions } from '../../src/import/merge.js';
import type { CheckIn } from '../../src/schema/log.js';

const run = (date: string, time = '06:00:00', extra: Partial<DatedActivity> = {}): DatedActivity => ({
  date,
  id: `${date}T${time}Z ${extra.sport ?? 'run'}`,
  sport: 'run',
  minutes: 40,
  distanceMetres: 8000,
  heartRate: 150,
  ...extra,
});

const typed = (date: string, extra: Partial<CheckIn> = {}): CheckIn => ({
  date,
  status: 'done',
  planned: 'run',
  minutes: 45,
  rpe: 5,
  surface: 'grass',
  pain: { 'knee-left': 3 },
  note: 'hills',
  recordedAt: `${date}T19:00:00+01:00`,
  ...extra,
});

const options = (extra: Partial<MergeOptions> = {}): MergeOptions => ({
  answers: {},
  plan: {},
  knownSurfaces: ['grass', 'trail', 'track', 'treadmill', 'pavement'],
  recordedAt: '2026-11-24T07:30:00+01:00',
  ...extra,
});

/** The log after importing `activities` into `log`, as the import writes it. */
function imported(log: CheckIn[], activities: DatedActivity[], extra: Partial<MergeOptions> = {}): CheckIn[] {
  const merged = sortActivities(log, activities).days.map((day) => mergeDay(day, options(extra)));
  const byDate = new Map([...log, ...merged].map((c) => [c.date, c]));
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

describe('merging with the log never loses what the runner said', () => {
  test('a check-in for that day keeps its pain, effort, note and surface, and gains the distance and heart rate', () => {
    const [day] = imported([typed('2026-11-23')], [run('2026-11-23')]);
    expect(day).toMatchObject({ status: 'done', rpe: 5, pain: { 'knee-left': 3 }, note: 'hills', surface: 'grass', distanceMetres: 8000, heartRate: 150 });
    expect(day!.notRecorded).toBeUndefined();
  });

  test('the run typed in and the same run from the watch are one session: minutes are not doubled', () => {
    expect(imported([typed('2026-11-23')], [run('2026-11-23')])[0]!.minutes).toBe(45);
    expect(imported([typed('2026-11-23', { minutes: 30 })], [run('2026-11-23')])[0]!.minutes).toBe(40);
  });

  test('a strength check-in gains a run on top: both count for load', () => {
    const [day] = imported([typed('2026-11-23', { planned: 'strength', surface: undefined, minutes: 30 })], [run('2026-11-23')]);
    expect(day!.minutes).toBe(70);
  });

  test('two runs on one day are both kept, summed for load, heart rate weighted by time', () => {
    const [day] = imported([], [run('2026-11-23', '06:00:00'), run('2026-11-23', '18:00:00', { minutes: 20, distanceMetres: 4000, heartRate: 120 })]);
    expect(day!.activities).toHaveLength(2);
    expect(day).toMatchObject({ minutes: 60, distanceMetres: 12000, heartRate: 140 });
  });

  test('a day marked skipped that has a run is done, its effort of rest now unknown, its pain kept', () => {
    const [day] = imported([typed('2026-11-23', { status: 'skipped', minutes: 0, rpe: 0, surface: undefined })], [run('2026-11-23')]);
    expect(day).toMatchObject({ status: 'done', minutes: 40, pain: { 'knee-left': 3 }, notRecorded: ['rpe'] });
    expect(day!.rpe).toBeUndefined();
  });
});

describe('re-importing adds nothing', () => {
  test('the same activities a second time: no day changes', () => {
    const first = imported([typed('2026-11-20')], [run('2026-11-20'), run('2026-11-21'), run('2026-11-21', '17:00:00')]);
    const again = sortActivities(first, [run('2026-11-20'), run('2026-11-21'), run('2026-11-21', '17:00:00')]);
    expect(again).toEqual({ days: [], already: 3 });
  });

  test('an activity found twice in one import (the same file in two folders) is added once', () => {
    const { days, already } = sortActivities([], [run('2026-11-21'), run('2026-11-21')]);
    expect(days[0]!.added).toHaveLength(1);
    expect(already).toBe(1);
  });

  test('property: importing any activities twice gives the log of importing them once', () => {
    const activity = fc.record({
      day: fc.integer({ min: 1, max: 9 }),
      hour: fc.integer({ min: 10, max: 23 }),
      sport: fc.constantFrom('run' as const, 'walk' as const, 'ride' as const),
      minutes: fc.integer({ min: 1, max: 200 }),
    });
    const existing = fc.subarray(['2026-11-01', '2026-11-03', '2026-11-05'].map((d) => typed(d)));
    fc.assert(
      fc.property(existing, fc.array(activity, { maxLength: 12 }), (log, list) => {
        const activities = list.map((a) => run(`2026-11-0${a.day}`, `${a.hour}:00:00`, { sport: a.sport, minutes: a.minutes }));
        const once = imported(log, activities);
        expect(imported(once, activities)).toEqual(once);
        // Nothing the runner wrote is lost: every typed check-in is still there, its pain, effort and note the same.
        for (const c of log) expect(once.find((o) => o.date === c.date)).toMatchObject({ pain: c.pain, rpe: c.rpe, note: c.note });
      }),
      { numRuns: 200 },
    );
  });
});

describe('a new day records what the runner said, and only that', () => {
  test('without answers, effort and pain are not recorded: never 0', () => {
    const [day] = imported([], [run('2026-11-23')]);
    expect(day).toMatchObject({ status: 'done', minutes: 40, pain: {}, notRecorded: ['rpe', 'pain'] });
    expect(day!.rpe).toBeUndefined();
  });

  test('with --rpe and --pain, they are recorded', () => {
    const [day] = imported([], [run('2026-11-23')], { answers: { rpe: 4, pain: {} } });
    expect(day).toMatchObject({ rpe: 4, pain: {} });
    expect(day!.notRecorded).toBeUndefined();
  });

  test('the plan says what the day was and the surface of a run, when the file does not', () => {
    const [day] = imported([], [run('2026-11-23')], { plan: { planned: 'run', surface: 'grass' } });
    expect(day).toMatchObject({ planned: 'run', surface: 'grass' });
  });

  test('the FIT sub-sport wins over the plan, and --surface over both', () => {
    const trail = [run('2026-11-23', '06:00:00', { subSport: 'trail' })];
    expect(imported([], trail, { plan: { surface: 'grass' } })[0]!.surface).toBe('trail');
    expect(imported([], trail, { plan: { surface: 'grass' }, surface: 'track' })[0]!.surface).toBe('track');
  });

  test('a ride or a walk has no surface: it is not a run', () => {
    const [day] = imported([], [run('2026-11-23', '06:00:00', { sport: 'ride' })], { plan: { planned: 'run', surface: 'grass' } });
    expect(day!.surface).toBeUndefined();
  });
});
