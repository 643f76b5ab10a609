// A running coach's review of many weeks and many profiles, one finding at a time.
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { summariseHistory } from '../../src/engine/history.js';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { startingPointFrom } from '../../src/engine/startingPoint.js';
import type { CheckIn } from '../../src/schema/log.js';
import type { Day, Plan, RunDay, StrengthDay } from '../../src/schema/plan.js';
import type { Profile } from '../../src/schema/profile.js';
import { builtIn, profile } from '../helpers.js';
import { planViolations, strengthMinutes } from './invariants.js';

const dataset = builtIn();
const zone = 'Europe/Berlin';
const START = '2026-11-02';
const at = (date: string) => DateTime.fromISO(date, { zone });
const started = (overrides: Partial<Profile> = {}) => profile({ startDate: START, ...overrides });
const plan = (p: Profile, weeks: number, start = p.startDate ?? START) => planWeeks({ profile: p, dataset, start: at(start), weeks });
const daysOf = (p: Plan) => p.weeks.flatMap((w) => w.days);
const runsOf = (p: Plan) => daysOf(p).filter((d): d is RunDay => d.type === 'run');
const strengthOf = (p: Plan) => daysOf(p).filter((d): d is StrengthDay => d.type === 'strength');
const tomorrowOf = (days: Day[], day: Day) => days[days.indexOf(day) + 1];

describe('1. the same date has one session', () => {
  const runner = started({ level: 'intermediate', runDays: 4, surfaces: ['grass', 'dirt', 'trail', 'pavement', 'track'] });

  test('today, on any day of three weeks, shows what plan --weeks 3 shows for it', () => {
    const whole = plan(runner, 3);
    for (const day of daysOf(whole)) {
      const today = planWeeks({ profile: runner, dataset, start: at(day.date).startOf('week'), weeks: 1 });
      expect(daysOf(today).find((d) => d.date === day.date), day.date).toEqual(day);
    }
  });

  test('a plan starting on any weekday agrees with one starting on the Monday', () => {
    const fromMonday = daysOf(plan(runner, 4));
    const fromThursday = daysOf(plan(runner, 3, '2026-11-05'));
    for (const day of fromThursday) expect(day).toEqual(fromMonday.find((d) => d.date === day.date));
  });

  test('every one of the five surfaces comes up within two weeks, and never twice in a row, Sunday to Tuesday included', () => {
    const runs = runsOf(plan(runner, 8));
    runs.forEach((run, i) => i > 0 && expect(run.surface, run.date).not.toBe(runs[i - 1]!.surface));
    const firstTwoWeeks = new Set(runs.filter((r) => r.date < '2026-11-16').map((r) => r.surface));
    expect(firstTwoWeeks).toEqual(new Set(runner.surfaces));
  });
});

describe('2. surfaces suit their runs', () => {
  test('concrete, pavement and a treadmill: no quality session on concrete, no long run on the treadmill', () => {
    const runs = runsOf(plan(started({ level: 'intermediate', runDays: 4, surfaces: ['concrete', 'pavement', 'treadmill'] }), 8));
    expect(runs.filter((r) => r.kind === 'quality').map((r) => r.surface)).not.toContain('concrete');
    expect(runs.filter((r) => r.kind === 'long').map((r) => r.surface)).not.toContain('treadmill');
  });

  test('with all seven surfaces, easy runs stay off concrete and long runs go on the dirt path', () => {
    const runs = runsOf(plan(started({ level: 'intermediate', runDays: 4, surfaces: dataset.surfaces.map((s) => s.id) }), 8));
    expect(runs.map((r) => r.surface)).not.toContain('concrete');
    expect(new Set(runs.filter((r) => r.kind === 'long').map((r) => r.surface))).toEqual(new Set(['dirt']));
  });

  test('without a track, the treadmill\'s one run a week is the quality session, and never the long run', () => {
    const weeks = plan(started({ level: 'intermediate', runDays: 4, surfaces: ['treadmill', 'pavement', 'grass'] }), 12).weeks;
    for (const week of weeks) {
      const runs = week.days.filter((d): d is RunDay => d.type === 'run');
      expect(runs.filter((r) => r.surface === 'treadmill').length, week.start).toBeLessThanOrEqual(1);
      for (const r of runs.filter((r) => r.kind === 'quality')) expect(r.surface, r.date).toBe('treadmill');
      for (const r of runs.filter((r) => r.kind === 'long')) expect(r.surface, r.date).not.toBe('treadmill');
    }
  });

  test('hill repeats on a treadmill say to set the incline, not to find a hill', () => {
    const runs = runsOf(plan(started({ level: 'intermediate', runDays: 4, surfaces: ['treadmill', 'pavement', 'grass'] }), 16));
    const hills = runs.filter((r) => r.variant === 'hills' && r.surface === 'treadmill');
    expect(hills.length).toBeGreaterThan(0);
    for (const run of hills) {
      expect(run.mainSet).toMatch(/incline/);
      expect(run.mainSet).not.toMatch(/gentle hill/);
    }
  });

  test('quality sessions go on the track when there is one, but hill repeats find a hill', () => {
    const runs = runsOf(plan(started({ level: 'advanced', runDays: 4, surfaces: ['grass', 'track', 'pavement', 'dirt'] }), 12));
    const quality = runs.filter((r) => r.kind === 'quality');
    expect(new Set(quality.filter((r) => r.variant !== 'hills').map((r) => r.surface))).toEqual(new Set(['track']));
    expect(quality.filter((r) => r.variant === 'hills').length).toBeGreaterThan(0);
    for (const hills of quality.filter((r) => r.variant === 'hills')) expect(hills.surface).not.toBe('track');
  });
});

describe('3. strength where it helps, sized to its minutes', () => {
  test.each<[string, Partial<Profile>]>([
    ['the default week', {}],
    ['3 runs and 3 strength days', { runDays: 3, strengthDays: 3 }],
    ['4 runs and 2 strength days', { runDays: 4, strengthDays: 2, level: 'advanced' }],
  ])('%s: no strength the day before a long run or a quality session', (_, overrides) => {
    const days = daysOf(plan(started(overrides), 8));
    for (const day of days.filter((d) => d.type === 'strength')) {
      const tomorrow = tomorrowOf(days, day);
      if (tomorrow?.type === 'run') expect(tomorrow.kind, day.date).not.toMatch(/^(long|quality)$/);
    }
  });

  test('every strength session, level 2 and beyond included, fits its 25 minutes', () => {
    for (const day of strengthOf(plan(started({ equipment: ['pillow', 'wobble-board', 'box', 'band', 'weights'] }), 40))) {
      expect(strengthMinutes(day, dataset), day.date).toBeLessThanOrEqual(day.minutes);
    }
  });

  test('each exercise climbs its own ladder, at its own pace, and keeps progressing past the top level', () => {
    const sessions = strengthOf(plan(started(), 40));
    const firstStepUp = new Map<string, string>();
    for (const day of sessions) for (const e of day.exercises) if (e.level > 1 && !firstStepUp.has(e.id)) firstStepUp.set(e.id, day.date);
    expect(new Set(firstStepUp.values()).size).toBeGreaterThan(1);
    const amount = (e: StrengthDay['exercises'][number]) => e.dose.sets * (e.dose.reps ?? e.dose.holdSeconds!);
    const early = new Map(sessions.filter((d) => d.date < '2027-01-25').flatMap((d) => d.exercises.map((e) => [e.id, amount(e)] as const)));
    const late = sessions.filter((d) => d.date > '2027-06-01').flatMap((d) => d.exercises);
    expect(late.some((e) => amount(e) > (early.get(e.id) ?? Infinity))).toBe(true);
  });

  test.each([1, 2, 3])('with a pillow and %i strength days, all six core exercises come up every two weeks, step-ups on a stair', (strengthDays) => {
    const core = dataset.exercises.filter((e) => e.core).map((e) => e.id);
    expect(core).toHaveLength(6);
    const p = plan(started({ equipment: ['pillow'], strengthDays, runDays: 3 }), 12);
    for (let w = 1; w < p.weeks.length; w++) {
      const done = new Set([...p.weeks[w - 1]!.days, ...p.weeks[w]!.days].flatMap((d) => (d.type === 'strength' ? d.exercises.map((e) => e.id) : [])));
      expect(core.filter((id) => !done.has(id)), `weeks ${w}-${w + 1}`).toEqual([]);
    }
    const stepUp = strengthOf(p).flatMap((d) => d.exercises).find((e) => e.id === 'step-ups')!;
    expect(stepUp.levelName).toMatch(/stair/);
  });
});

describe('4. a starting point', () => {
  test('the first weeks start from what the runner runs now and grow at the cap; the long run stays within 10 % of the longest recent run', () => {
    const runner = started({ level: 'intermediate', runDays: 3, weeklyMinutes: 75, longestRun: 30 });
    const p = plan(runner, 6);
    expect(p.weeks[0]!.summary.runMinutes).toBe(75);
    const firstLong = runsOf(p).find((r) => r.kind === 'long')!;
    expect(firstLong.minutes).toBeLessThanOrEqual(33);
    expect(planViolations(p, runner, dataset)).toEqual([]);
  });

  test('a runner far above the level is held to its peak; one below its shortest runs is told about the beginner level', () => {
    expect(plan(started({ level: 'intermediate', runDays: 3, weeklyMinutes: 1000 }), 1).weeks[0]!.summary.runMinutes).toBeLessThanOrEqual(180);
    expect(plan(started({ level: 'intermediate', runDays: 3, weeklyMinutes: 20 }), 1).notes.join(' ')).toMatch(/--level beginner/);
  });

  test('a beginner who graduated (3 x 30 min) and moves to intermediate: no week jump, a long run at most 10 % longer, no tempo yet', () => {
    const beginner = profile({ level: 'beginner', runDays: 3, startDate: '2026-06-01' });
    const point = startingPointFrom(beginner, dataset, '2026-11-23');
    expect(point).toEqual({ weeklyMinutes: 90, longestRun: 30 });
    const graduate = { ...beginner, level: 'intermediate' as const, startDate: '2026-11-23', ...point };
    const p = plan(graduate, 4);
    expect(p.weeks[0]!.summary.runMinutes).toBeLessThanOrEqual(90 * 1.1);
    expect(Math.max(...runsOf(p).filter((r) => r.date < '2026-11-30').map((r) => r.minutes))).toBeLessThanOrEqual(33);
    expect(p.weeks[0]!.days.some((d) => d.type === 'run' && d.kind === 'quality')).toBe(false);
    expect(planViolations(p, graduate, dataset)).toEqual([]);
  });
});

describe('5. two run days for every level', () => {
  test.each(['beginner', 'intermediate', 'advanced'] as const)('%s with 2 runs a week', (level) => {
    const runner = started({ level, runDays: 2, strengthDays: 2 });
    const p = plan(runner, 8);
    expect(planViolations(p, runner, dataset)).toEqual([]);
    for (const week of p.weeks) expect(week.days.filter((d) => d.type === 'run')).toHaveLength(2);
  });

  test('the long run stays under 45 % of the week with 3 runs and 40 % with 4', () => {
    for (const [runDays, share] of [
      [3, 0.45],
      [4, 0.4],
    ] as const) {
      for (const level of ['intermediate', 'advanced'] as const) {
        for (const week of plan(started({ level, runDays, strengthDays: 1 }), 30).weeks) {
          const long = week.days.find((d): d is RunDay => d.type === 'run' && d.kind === 'long')!;
          expect(long.minutes, `${level} ${runDays} runs, ${week.start}`).toBeLessThanOrEqual(week.summary.runMinutes * share);
        }
      }
    }
  });
});

describe('6. beginners reach 30 minutes of continuous running in 9-10 weeks', () => {
  const continuousFrom = (p: Plan) => p.weeks.find((w) => w.days.some((d) => d.type === 'run' && d.intervals?.walkSeconds === 0 && d.minutes >= 30))?.number;

  test('with 3 runs a week by week 10, the longest bout never more than doubling', () => {
    const runner = started({ level: 'beginner', runDays: 3 });
    const p = plan(runner, 12);
    expect(continuousFrom(p)).toBeLessThanOrEqual(10);
    expect(planViolations(p, runner, dataset)).toEqual([]);
  });

  test('with 2 runs a week it takes longer, and the plan says so', () => {
    const p = plan(started({ level: 'beginner', runDays: 2, strengthDays: 2 }), 20);
    const week = continuousFrom(p)!;
    expect(week).toBeGreaterThan(10);
    expect(p.notes.join(' ')).toContain(`continuous running comes in week ${week}`);
  });
});

/** The minutes a main set adds up to, read from its text: "35 min: 10 min easy, 5 x (1 min brisk, 2 min easy), 10 min easy". */
function addsUp(mainSet: string): { total: number; parts: number } {
  const [head, body] = mainSet.split(/:\s(.*)/s) as [string, string];
  const seconds = (n: string, unit: string) => Number(n) * (unit === 's' ? 1 : 60);
  let parts = 0;
  for (const segment of body.split(/,\s(?![^(]*\))/)) {
    const reps = /^(\d+) x \((.*)\)$/.exec(segment);
    const plain = /^(\d+) min/.exec(segment);
    if (reps) parts += Number(reps[1]) * [...reps[2]!.matchAll(/(\d+) (min|s)\b/g)].reduce((sum, m) => sum + seconds(m[1]!, m[2]!), 0);
    else if (plain) parts += seconds(plain[1]!, 'min');
    else throw new Error(`cannot read "${segment}" in "${mainSet}"`);
  }
  return { total: Number(/^(\d+) min$/.exec(head)![1]) * 60, parts };
}

describe('7. shape and text', () => {
  test('after the peak the quality sessions take turns: tempo, fartlek, hills, strides, intervals', () => {
    for (const level of ['intermediate', 'advanced'] as const) {
      const late = runsOf(plan(started({ level, runDays: 4 }), 30)).filter((r) => r.kind === 'quality' && r.date > '2027-03-01');
      expect(new Set(late.map((r) => r.variant)).size, level).toBe(dataset.rules.levels[level].quality.kinds.length);
    }
  });

  test('every quality main set adds up exactly to its minutes', () => {
    for (const level of ['intermediate', 'advanced'] as const) {
      for (const run of runsOf(plan(started({ level, runDays: 5, strengthDays: 1 }), 30)).filter((r) => r.kind === 'quality')) {
        const { total, parts } = addsUp(run.mainSet);
        expect(parts, run.mainSet).toBe(total);
        expect(total / 60).toBe(run.minutes);
      }
    }
  });

  test('beginners read whole minutes, and a rung with no walking is a continuous run', () => {
    const runs = runsOf(plan(started({ level: 'beginner', runDays: 2, strengthDays: 1 }), 30));
    for (const run of runs) expect(Number.isInteger(run.minutes), `${run.date}: ${run.minutes}`).toBe(true);
    const continuous = runs.filter((r) => r.intervals?.walkSeconds === 0);
    expect(continuous.length).toBeGreaterThan(0);
    for (const run of continuous) {
      expect(run.title).toBe('Continuous run');
      expect(run.mainSet).not.toMatch(/walk/i);
    }
  });

  test('run minutes mean the main set in history as in the plan: warm-up and cool-down are not counted', () => {
    const runner = profile({ level: 'intermediate' });
    const checkIn: CheckIn = { date: '2026-11-24', planned: 'run', status: 'done', minutes: 50, rpe: 4, pain: {}, recordedAt: '2026-11-24T19:00:00+01:00' };
    const [week] = summariseHistory([checkIn], runner, dataset, '2026-11-23', 1, '2026-11-29');
    const routine = dataset.rules.warmup.intermediate.minutes + dataset.rules.cooldown.intermediate.minutes;
    expect(week!.runMinutes).toBe(50 - routine);
  });
});

test('the checker catches the new broken promises, so the tests above can fail', () => {
  const runner = started({ level: 'intermediate', runDays: 4, surfaces: ['grass', 'dirt', 'trail', 'pavement'] });
  const p = plan(runner, 6);
  const runs = runsOf(p);
  runs[1]!.surface = runs[0]!.surface;
  const long = runs.find((r) => r.kind === 'long' && r.date > '2026-11-20')!;
  long.minutes = 500;
  const strength = strengthOf(p)[0]!;
  strength.minutes = 5;
  const problems = planViolations(p, runner, dataset);
  expect(problems.some((v) => v.startsWith('two runs in a row'))).toBe(true);
  expect(problems.some((v) => v.startsWith('long run 500'))).toBe(true);
  expect(problems.some((v) => v.includes('spikes past'))).toBe(true);
  expect(problems.some((v) => v.startsWith(`strength on ${strength.date} takes`))).toBe(true);
  const beginner = started({ level: 'beginner' });
  const b = plan(beginner, 12);
  const top = runsOf(b).find((r) => r.intervals?.walkSeconds === 0)!;
  top.title = 'Run-walk';
  top.minutes = 22.5;
  const beginnerProblems = planViolations(b, beginner, dataset);
  expect(beginnerProblems.some((v) => v.startsWith('a continuous run called run-walk'))).toBe(true);
  expect(beginnerProblems.some((v) => v.includes('not whole minutes'))).toBe(true);
});
