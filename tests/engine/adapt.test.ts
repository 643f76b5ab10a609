import { describe, expect, test } from 'vitest';
import { applyAdaptations } from '../../src/engine/adapt.js';
import { addDays } from '../../src/engine/load.js';
import { planWeeks } from '../../src/engine/planWeeks.js';
import type { CheckIn } from '../../src/schema/log.js';
import type { Day, Plan, RunDay } from '../../src/schema/plan.js';
import type { Profile } from '../../src/schema/profile.js';
import { builtIn, MONDAY, profile as makeProfile } from '../helpers.js';

// Week 1 of the plan starts Monday 23 Nov 2026; the runner has trained 4 weeks before it.
const FIRST_WEEK = 4;
const intermediate = makeProfile({ level: 'intermediate', runDays: 4, strengthDays: 2, longRunDay: 'sunday' });

function adapt(checkIns: CheckIn[], today: string, profile: Profile = intermediate, weeks = 3) {
  const plan = planWeeks({ profile, dataset: builtIn(), start: MONDAY, weeks, firstWeek: FIRST_WEEK });
  return { before: plan, after: applyAdaptations({ plan, checkIns, profile, dataset: builtIn(), today }) };
}

function checkIn(date: string, extra: Partial<CheckIn> = {}): CheckIn {
  return { date, status: 'done', minutes: 45, rpe: 5, pain: {}, recordedAt: `${date}T19:00:00+01:00`, ...extra };
}

/** Check-ins every day from `from` for `days` days. */
function daily(from: string, days: number, extra: (i: number) => Partial<CheckIn> = () => ({})): CheckIn[] {
  return Array.from({ length: days }, (_, i) => checkIn(addDays(from, i), extra(i)));
}

const day = (plan: Plan, date: string): Day => plan.weeks.flatMap((w) => w.days).find((d) => d.date === date)!;
const changed = (plan: Plan) => plan.weeks.flatMap((w) => w.days).filter((d) => d.adjustments.length);
const runMinutes = (plan: Plan, week: number) => plan.weeks[week]!.summary.runMinutes;

test('without check-ins, or with occasional safe pain (0-2/10), the plan goes on unchanged', () => {
  expect(adapt([], '2026-11-24').after).toEqual(adapt([], '2026-11-24').before);
  const { before, after } = adapt(daily('2026-11-10', 14, (i) => ({ pain: i % 5 === 0 ? { 'knee-left': 2 } : {} })), '2026-11-23');
  expect(after).toEqual(before);
});

test('pain above 5: no running the next day, recovery with the easiest exercises for that joint', () => {
  const { after } = adapt([checkIn('2026-11-23', { pain: { 'knee-right': 6 } })], '2026-11-23');
  const tuesday = day(after, '2026-11-24');
  expect(tuesday.type).toBe('recovery');
  expect(tuesday.adjustments[0]).toMatch(/Knee pain 6\/10 on 23 Nov is above 5: no running today/);
  const exercises = tuesday.type === 'recovery' ? tuesday.exercises! : [];
  expect(exercises.length).toBeGreaterThan(0);
  for (const e of exercises) {
    expect(e.joints[0]).toBe('knee');
    expect(e.level).toBe(1);
  }
});

test('pain that did not settle by the morning turns the next hard day easy', () => {
  const { before, after } = adapt([checkIn('2026-11-23', { pain: { 'ankle-left': 3 }, settled: false })], '2026-11-23');
  const hard = before.weeks[0]!.days.find((d) => d.hard && d.date > '2026-11-23')!;
  const eased = day(after, hard.date) as RunDay;
  expect(eased.hard).toBe(false);
  expect(eased.kind).toBe('easy');
  expect(eased.adjustments).toContain('Pain had not settled by the morning of 23 Nov: an easy day instead of a hard one');
});

test('pain rising from one week to the next turns the next hard day easy', () => {
  const log = [checkIn('2026-11-14', { pain: { 'hip-left': 2 } }), checkIn('2026-11-22', { pain: { 'hip-left': 4 } })];
  const { after } = adapt(log, '2026-11-22');
  expect(changed(after).some((d) => d.adjustments.some((a) => a.startsWith('Hip pain is rising week on week')))).toBe(true);
});

test('pain at 3-5 this week: the coming week does not grow', () => {
  const { before, after } = adapt([checkIn('2026-11-25', { pain: { 'knee-left': 4 } })], '2026-11-25');
  expect(runMinutes(before, 1)).toBeGreaterThan(runMinutes(before, 0));
  expect(runMinutes(after, 1)).toBeLessThanOrEqual(runMinutes(before, 0));
  expect(after.weeks[1]!.days.some((d) => d.adjustments.includes('Knee pain at 3-5/10 this week: no growth this week'))).toBe(true);
});

describe('pain that keeps coming back', () => {
  test('on 3 of the last 7 check-ins: advice to see a specialist, and a conservative plan', () => {
    const log = daily('2026-11-17', 7, (i) => ({ pain: i % 2 === 0 ? { 'knee-left': 2 } : {} }));
    const { before, after } = adapt(log, '2026-11-23');
    expect(after.notes.join()).toMatch(/Knee pain on 4 of your last 7 check-ins.*physical therapist or movement specialist who works with runners/);
    const quality = (p: Plan) => p.weeks.flatMap((w) => w.days).filter((d) => d.type === 'run' && d.kind === 'quality' && d.date > '2026-11-23');
    expect(quality(before).length).toBeGreaterThan(0);
    expect(quality(after)).toEqual([]);
    expect(runMinutes(after, 2)).toBeLessThanOrEqual(runMinutes(after, 0));
  });

  test('for 14 days, even when only some check-ins report it', () => {
    const log = [checkIn('2026-11-09', { pain: { 'ankle-left': 1 } }), checkIn('2026-11-22', { pain: { 'ankle-right': 1 } })];
    expect(adapt(log, '2026-11-22').after.notes.join()).toMatch(/Ankle pain for 14 days/);
  });

  test('not once the joint is pain-free again', () => {
    const log = [...daily('2026-11-16', 6, () => ({ pain: { 'knee-left': 2 } })), checkIn('2026-11-22')];
    expect(adapt(log, '2026-11-22').after.notes).toEqual([]);
  });
});

describe('training load', () => {
  test('a week far above the usual (ratio > 1.3) trims the coming runs', () => {
    const log = [...daily('2026-10-26', 21, () => ({ minutes: 30, rpe: 4 })), ...daily('2026-11-16', 7, () => ({ minutes: 60, rpe: 7 }))];
    const { before, after } = adapt(log, '2026-11-22');
    const trimmed = changed(after).filter((d): d is RunDay => d.type === 'run');
    expect(trimmed.length).toBeGreaterThan(0);
    for (const run of trimmed) {
      expect(run.adjustments[0]).toMatch(/^Load ratio \d\.\d\d is above 1.3: runs 20 % shorter this week$/);
      expect(run.minutes).toBeLessThan((day(before, run.date) as RunDay).minutes);
    }
  });

  test('back after a break (ratio < 0.8), the coming week rebuilds gently', () => {
    const log = [...daily('2026-10-26', 21, () => ({ minutes: 50, rpe: 5, planned: 'run' })), ...daily('2026-11-16', 7, () => ({ status: 'skipped', minutes: 0, rpe: 0 }))];
    const { before, after } = adapt(log, '2026-11-22');
    expect(runMinutes(after, 0)).toBeLessThan(runMinutes(before, 0));
    expect(changed(after)[0]!.adjustments[0]).toMatch(/below 0.8: rebuilding gently after a break/);
  });
});

test('missed sessions are not crammed into later days', () => {
  const log = [checkIn('2026-11-23', { status: 'skipped', minutes: 0, rpe: 0 }), checkIn('2026-11-24', { status: 'skipped', minutes: 0, rpe: 0 })];
  const { before, after } = adapt(log, '2026-11-24');
  expect(after.weeks).toEqual(before.weeks);
});

test('check-ins after today are not used, and days already logged are not changed', () => {
  const { before, after } = adapt([checkIn('2026-11-26', { pain: { 'knee-left': 8 } })], '2026-11-24');
  expect(after).toEqual(before);
  const logged = adapt([checkIn('2026-11-24', { pain: { 'knee-left': 8 } })], '2026-11-24').after;
  expect(day(logged, '2026-11-24')).toEqual(day(before, '2026-11-24'));
});

test('a beginner with unsettled pain gets a recovery day instead of the next run-walk session', () => {
  const beginner = makeProfile({ level: 'beginner', runDays: 3, strengthDays: 2 });
  const { after } = adapt([checkIn('2026-11-23', { pain: { 'knee-left': 3 }, settled: false })], '2026-11-23', beginner);
  const eased = changed(after)[0]!;
  expect(eased.type).toBe('recovery');
});
