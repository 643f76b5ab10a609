// Race plans, one distance at a time: what a coach would check first.
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { distanceRules } from '../../src/engine/race.js';
import type { Plan, RunDay } from '../../src/schema/plan.js';
import type { Profile } from '../../src/schema/profile.js';
import { builtIn, profile as makeProfile } from '../helpers.js';
import { planViolations } from './invariants.js';

const dataset = builtIn();
const START = '2026-11-23';
const toRace = (race: Profile['race'], overrides: Partial<Profile> = {}): { profile: Profile; plan: Plan } => {
  const profile = makeProfile({ startDate: START, race, ...overrides });
  const weeks = Math.ceil(DateTime.fromISO(race!.date).diff(DateTime.fromISO(START), 'weeks').weeks) + 3;
  return { profile, plan: planWeeks({ profile, dataset, start: DateTime.fromISO(START, { zone: 'utc' }), weeks }) };
};
const runs = (plan: Plan, phase?: string) => plan.weeks.filter((w) => !phase || w.phase === phase).flatMap((w) => w.days.filter((d): d is RunDay => d.type === 'run'));
const longest = (plan: Plan, phases: string[]) => Math.max(...plan.weeks.filter((w) => phases.includes(w.phase!)).flatMap((w) => runs({ ...plan, weeks: [w] }).map((r) => r.minutes)));

describe.each([
  ['5k', '2027-02-20', {}],
  ['10k', '2027-03-07', {}],
  ['half', '2027-03-14', {}],
  ['marathon', '2027-06-27', { runDays: 4, weeklyMinutes: 200, longestRun: 80 }],
  ['15k', '2027-03-14', {}],
])('%s', (distance, date, overrides) => {
  const { profile, plan } = toRace({ date, distance }, overrides);
  const d = distanceRules(distance, dataset.rules.race!);

  test('keeps every promise, and the race is on its day', () => {
    expect(planViolations(plan, profile, dataset)).toEqual([]);
    expect(plan.weeks.flatMap((w) => w.days).filter((x) => x.type === 'race').map((x) => x.date)).toEqual([date]);
  });

  test('the longest run of the build reaches what the distance needs, and no further than its target', () => {
    const peak = longest(plan, ['foundation', 'build', 'peak']);
    expect(peak).toBeGreaterThanOrEqual(d.longRun.min);
    expect(peak).toBeLessThanOrEqual(d.longRun.target);
  });

  test(`tapers for ${d.taperWeeks} week(s) with race week, keeps quality in the taper, and takes ${d.recoveryWeeks} easy week(s) after`, () => {
    expect(plan.weeks.filter((w) => w.phase === 'taper' || w.phase === 'race')).toHaveLength(d.taperWeeks);
    if (d.taperWeeks > 1) expect(runs(plan, 'taper').some((r) => r.kind === 'quality')).toBe(true);
    const recovery = plan.weeks.filter((w) => w.phase === 'recovery');
    expect(recovery).toHaveLength(d.recoveryWeeks);
    expect(recovery.flatMap((w) => runs({ ...plan, weeks: [w] })).every((r) => r.kind === 'easy' && !r.hard)).toBe(true);
  });

  test('peak and taper quality sessions are the distance\'s own kinds', () => {
    const kinds = new Set([...runs(plan, 'peak'), ...runs(plan, 'taper')].filter((r) => r.kind === 'quality').map((r) => r.variant));
    for (const k of kinds) expect(d.peakKinds).toContain(k);
  });
});

test('strength holds its levels from the peak on and drops a set in the taper (maintenance)', () => {
  const { plan } = toRace({ date: '2027-03-14', distance: 'half' });
  const sessions = (phase: string) => plan.weeks.filter((w) => w.phase === phase).flatMap((w) => w.days.filter((x) => x.type === 'strength'));
  const peak = sessions('peak').at(-1)!;
  const taper = sessions('taper')[0]!;
  if (peak.type !== 'strength' || taper.type !== 'strength') throw new Error('strength days expected');
  for (const e of taper.exercises) {
    const before = peak.exercises.find((x) => x.id === e.id);
    if (before) expect(e.level).toBe(before.level);
  }
  expect(taper.exercises.reduce((s, e) => s + e.dose.sets, 0)).toBeLessThan(taper.exercises.length * 3);
});

test('a new runner can train for a 5K once the run-walk ladder reaches continuous running, not before', () => {
  const beginner = { level: 'beginner' as const, runDays: 3 };
  expect(() => toRace({ date: '2027-01-10', distance: '5k' }, beginner)).toThrow(/too soon: the run-walk ladder reaches 30 minutes of continuous running in week 10/);
  const { profile, plan } = toRace({ date: '2027-02-14', distance: '5k' }, beginner);
  expect(planViolations(plan, profile, dataset)).toEqual([]);
});

describe('after the race', () => {
  test('a marathon: five days without running, then easy runs no longer than an easy run, the first week near a third of the peak', () => {
    const { plan } = toRace({ date: '2027-06-27', distance: 'marathon' }, { runDays: 4, weeklyMinutes: 200, longestRun: 80 });
    const days = plan.weeks.flatMap((w) => w.days);
    const after = days.filter((d) => d.date > '2027-06-27' && d.date <= '2027-07-02');
    expect(after.map((d) => d.type).every((t) => t === 'recovery' || t === 'rest')).toBe(true);
    const peak = Math.max(...plan.weeks.filter((w) => ['build', 'peak', 'foundation'].includes(w.phase!)).map((w) => w.summary.runMinutes));
    const [first] = plan.weeks.filter((w) => w.phase === 'recovery');
    expect(first!.summary.runMinutes).toBeLessThanOrEqual(peak * 0.4);
    for (const run of runs(plan, 'recovery')) expect(run.minutes).toBeLessThanOrEqual(dataset.rules.levels.intermediate.easyRunMinutes);
  });

  test('a 5K: one day without running, then easy runs', () => {
    const { plan } = toRace({ date: '2027-02-20', distance: '5k' });
    const days = plan.weeks.flatMap((w) => w.days);
    expect(days.find((d) => d.date === '2027-02-21')!.type).not.toBe('run');
    for (const run of runs(plan, 'recovery')) expect(run.kind).toBe('easy');
  });
});
