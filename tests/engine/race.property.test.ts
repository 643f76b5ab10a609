// Race plans: a plan that counts back from race day keeps every promise, or is refused with a reason.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { UserError } from '../../src/errors.js';
import type { Plan } from '../../src/schema/plan.js';
import type { Profile } from '../../src/schema/profile.js';
import { builtIn } from '../helpers.js';
import { profileArb } from './arbitraries.js';
import { planViolations } from './invariants.js';

const dataset = builtIn();
const DISTANCES = ['5k', '10k', 'half', 'marathon', '15k', '8k', '10mi', '30k'];

/** A runner who started on a Monday, some with a starting point, with a race some weeks ahead. */
const raceRunnerArb = fc
  .tuple(
    profileArb,
    fc.integer({ min: 0, max: 300 }),
    fc.option(fc.integer({ min: 0, max: 400 }), { nil: undefined }),
    fc.option(fc.integer({ min: 0, max: 150 }), { nil: undefined }),
    fc.constantFrom(...DISTANCES),
    fc.integer({ min: 0, max: 40 }),
    fc.integer({ min: 0, max: 6 }),
  )
  .map(([profile, week, weeklyMinutes, longestRun, distance, weeksAhead, weekday]): Profile => {
    const startDate = DateTime.fromISO('2024-01-01').plus({ weeks: week });
    return {
      ...profile,
      startDate: startDate.toISODate()!,
      ...(weeklyMinutes === undefined ? {} : { weeklyMinutes }),
      ...(longestRun === undefined ? {} : { longestRun }),
      race: { date: startDate.plus({ weeks: weeksAhead, days: weekday }).toISODate()!, distance },
    };
  });

/** The plan from the start to two weeks after the race, or the refusal's message. */
function planToRace(profile: Profile): Plan | string {
  const start = DateTime.fromISO(profile.startDate!, { zone: 'Europe/Berlin' });
  const weeks = Math.ceil(DateTime.fromISO(profile.race!.date).diff(start, 'weeks').weeks) + 3;
  try {
    return planWeeks({ profile, dataset, start, weeks });
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
}

test('a race plan ends with the race on its date, tapers 40-60 % below the peak and keeps every promise; or is refused with the reason and what would work', () => {
  fc.assert(
    fc.property(raceRunnerArb, (profile) => {
      const plan = planToRace(profile);
      if (typeof plan === 'string') {
        expect(plan).toMatch(/too soon|needs \d+ runs a week|train for a 5K first|before the plan starts/);
        if (/too soon/.test(plan)) expect(plan).toMatch(/would work|needs/);
        return;
      }
      const days = plan.weeks.flatMap((w) => w.days);
      expect(days.filter((d) => d.type === 'race').map((d) => d.date)).toEqual([profile.race!.date]);
      // Nothing hard and no strength on the two days before the race.
      const before = days.filter((d) => d.date < profile.race!.date).slice(-2);
      for (const day of before) {
        expect(day.hard, day.date).toBe(false);
        expect(day.type, day.date).not.toBe('strength');
      }
      // Every week says its phase.
      for (const week of plan.weeks) expect(week.phase).toBeDefined();
      expect(planViolations(plan, profile, dataset)).toEqual([]);
    }),
    { numRuns: 200 },
  );
});

test('a date keeps its session in a race plan whatever window shows it', () => {
  fc.assert(
    fc.property(raceRunnerArb, fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 30 }), (profile, dayOffset, back) => {
      const full = planToRace(profile);
      fc.pre(typeof full !== 'string');
      const date = DateTime.fromISO(profile.startDate!, { zone: 'UTC' }).plus({ days: dayOffset % ((full).weeks.length * 7) });
      const day = (plan: Plan) => plan.weeks.flatMap((w) => w.days).find((d) => d.date === date.toISODate());
      const window = planWeeks({ profile, dataset, start: date.minus({ days: back }), weeks: Math.ceil((back + 1) / 7) });
      expect(day(window)).toEqual(day(full));
    }),
    { numRuns: 100 },
  );
});
