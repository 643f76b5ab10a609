import { describe, expect, test } from 'vitest';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { UserError } from '../../src/errors.js';
import type { Plan, RunDay } from '../../src/schema/plan.js';
import type { Profile } from '../../src/schema/profile.js';
import { builtIn, MONDAY, profile } from '../helpers.js';
import { planViolations } from './invariants.js';

const plan = (overrides: Partial<Profile> = {}, weeks = 12, start = MONDAY) => planWeeks({ profile: profile(overrides), dataset: builtIn(), start, weeks });
const runs = (p: Plan) => p.weeks.flatMap((w) => w.days).filter((d): d is RunDay => d.type === 'run');

describe('a plan keeps its promises', () => {
  test.each<[string, Partial<Profile>]>([
    ['beginner', { level: 'beginner', runDays: 3, strengthDays: 2 }],
    ['beginner, two runs', { level: 'beginner', runDays: 2, strengthDays: 1, surfaces: ['pavement'] }],
    ['intermediate', { level: 'intermediate', runDays: 4, strengthDays: 2 }],
    ['advanced, five runs', { level: 'advanced', runDays: 5, strengthDays: 1, longRunDay: 'saturday' }],
  ])('%s', (_, overrides) => {
    const p = plan(overrides, 16);
    expect(planViolations(p, profile(overrides), builtIn())).toEqual([]);
  });

  test('the checker catches broken plans, so the tests above can fail', () => {
    const p = plan({ level: 'intermediate', runDays: 4 });
    const days = p.weeks[0]!.days;
    days.forEach((d) => (d.hard = true));
    (days.find((d) => d.type === 'run') as RunDay).warmup.minutes = 0;
    const violations = planViolations(p, profile({ level: 'intermediate', runDays: 4 }), builtIn());
    expect(violations.some((v) => v.startsWith('hard days back to back'))).toBe(true);
    expect(violations.some((v) => v.startsWith('run without warm-up'))).toBe(true);
  });
});

describe('the week', () => {
  test('the long run is on the chosen weekday, with an easy day after it', () => {
    const p = plan({ level: 'intermediate', runDays: 4, longRunDay: 'saturday' });
    for (const week of p.weeks) {
      const long = week.days.find((d) => d.type === 'run' && d.kind === 'long')!;
      expect(long.weekday).toBe('saturday');
      const after = week.days.find((d) => d.weekday === 'sunday')!;
      expect(after.hard).toBe(false);
    }
  });

  test('intermediate runners get at most one quality session, none in deload weeks nor in the first two weeks of easy running', () => {
    const p = plan({ level: 'intermediate', runDays: 5, strengthDays: 1 }, 8);
    for (const week of p.weeks) {
      const quality = week.days.filter((d) => d.type === 'run' && d.kind === 'quality').length;
      expect(quality).toBe(week.deload || week.number < 3 ? 0 : 1);
    }
  });

  test('impossible requests are refused with a reason', () => {
    expect(() => plan({ level: 'beginner', runDays: 7 })).toThrow(/beginner runners run 2 to 3 days/);
    expect(() => plan({ runDays: 5, strengthDays: 3, level: 'advanced' })).toThrow(UserError);
    expect(() => plan({ surfaces: ['sand'] })).toThrow(/unknown surface "sand"/);
    expect(() => plan({ equipment: ['rowing-machine'] })).toThrow(/unknown equipment/);
    expect(() => plan({}, 0)).toThrow(/1 to 104 weeks/);
  });
});

describe('progression', () => {
  test('beginners start at 60 s run / 90 s walk and move towards continuous running', () => {
    const p = plan({ level: 'beginner', runDays: 3 }, 20);
    const first = runs(p)[0]!;
    expect(first.intervals).toEqual({ runSeconds: 60, walkSeconds: 90, repeats: 8 });
    expect(first.mainSet).toBe('8 x (run 1 min, walk 1 min 30 s)');
    const last = runs(p).at(-1)!;
    expect(last.intervals?.walkSeconds).toBe(0);
    expect(last.mainSet).toMatch(/without stopping/);
  });

  test('every 4th week is about a quarter lighter', () => {
    const p = plan({ level: 'intermediate', runDays: 4 }, 8);
    const volume = p.weeks.map((w) => w.summary.runMinutes);
    expect(p.weeks.map((w) => w.deload)).toEqual([false, false, false, true, false, false, false, true]);
    expect(volume[3]! / volume[2]!).toBeGreaterThanOrEqual(0.7);
    expect(volume[3]! / volume[2]!).toBeLessThanOrEqual(0.8);
  });

  test('volume stops growing at the level peak', () => {
    const p = plan({ level: 'advanced', runDays: 5, strengthDays: 1 }, 52);
    const full = p.weeks.filter((w) => !w.deload).map((w) => w.summary.runMinutes);
    const peak = Math.max(...full);
    expect(full.at(-1)).toBe(peak);
    const easy = runs(p).filter((r) => r.kind === 'easy').map((r) => r.minutes);
    expect(Math.max(...easy)).toBeLessThanOrEqual(builtIn().rules.levels.advanced.peakEasyRunMinutes + 1);
  });

  test('exercises move up their levels, and only with the equipment for it', () => {
    const withBoard = plan({ equipment: ['pillow', 'wobble-board'] }, 12);
    const balance = (p: Plan) =>
      p.weeks.flatMap((w) => w.days).flatMap((d) => (d.type === 'strength' ? d.exercises.filter((e) => e.id === 'single-leg-balance') : []));
    expect(balance(withBoard)[0]!.levelName).toBe('on solid ground');
    expect(balance(withBoard).at(-1)!.levelName).toBe('on a wobble board');
    const withNothing = plan({ equipment: [] }, 12);
    expect(new Set(balance(withNothing).map((e) => e.levelName))).toEqual(new Set(['on solid ground']));
    const boxLevels = withNothing.weeks.flatMap((w) => w.days).flatMap((d) => (d.type === 'strength' ? d.exercises.filter((e) => e.id === 'step-ups') : []));
    expect(new Set(boxLevels.map((e) => e.levelName))).not.toContain('knee-height step');
  });
});

test('the same request gives the same plan', () => {
  expect(plan({ level: 'advanced', runDays: 4 }, 10)).toEqual(plan({ level: 'advanced', runDays: 4 }, 10));
});

test('a plan can start on any weekday and keeps the weekday pattern', () => {
  const wednesday = MONDAY.plus({ days: 2 });
  const p = plan({ level: 'intermediate', runDays: 4 }, 3, wednesday);
  expect(p.weeks[0]!.start).toBe('2026-11-25');
  expect(planViolations(p, profile({ level: 'intermediate', runDays: 4 }), builtIn())).toEqual([]);
  const longDays = runs(p).filter((r) => r.kind === 'long').map((r) => r.weekday);
  expect(new Set(longDays)).toEqual(new Set(['sunday']));
});

test('a plan that starts in week 5 of training continues the progression instead of restarting', () => {
  const whole = plan({ level: 'intermediate', runDays: 4 }, 10);
  const later = planWeeks({ profile: profile({ level: 'intermediate', runDays: 4 }), dataset: builtIn(), start: MONDAY.plus({ weeks: 4 }), weeks: 6, firstWeek: 4 });
  const shape = (p: Plan) =>
    p.weeks.map((w) => ({
      number: w.number,
      deload: w.deload,
      days: w.days.map((d) => (d.type === 'run' ? [d.kind, d.minutes] : d.type === 'strength' ? d.exercises.map((e) => e.level) : d.type)),
    }));
  expect(shape(later)).toEqual(shape(whole).slice(4));
  const beginner = planWeeks({ profile: profile({ level: 'beginner' }), dataset: builtIn(), start: MONDAY, weeks: 1, firstWeek: 30 });
  expect(runs(beginner)[0]!.mainSet).toBe('30 min without stopping, at an easy pace');
  expect(runs(beginner)[0]!.title).toBe('Continuous run');
});
