// One plan, continuous across days and weeks: whatever window asks, a date gets the same
// session, and the promises hold across week boundaries.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { usableSurfaces } from '../../src/engine/surfaces.js';
import { WEEKDAYS } from '../../src/schema/constants.js';
import type { Plan } from '../../src/schema/plan.js';
import type { Profile } from '../../src/schema/profile.js';
import { builtIn } from '../helpers.js';
import { startedProfileArb } from './arbitraries.js';
import { calendarWeeks, planViolations } from './invariants.js';

const dataset = builtIn();
const dayOf = (plan: Plan, date: string) => plan.weeks.flatMap((w) => w.days).find((d) => d.date === date)!;
const at = (date: string) => DateTime.fromISO(date, { zone: 'Europe/Berlin' });

test('same date, same session: a day from any window equals the day `today` shows', () => {
  fc.assert(
    fc.property(
      startedProfileArb,
      fc.integer({ min: -40, max: 400 }),
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 1, max: 10 }),
      (profile, dayOffset, back, weeks) => {
        const date = at(profile.startDate!).plus({ days: dayOffset });
        const today = planWeeks({ profile, dataset, start: date.startOf('week'), weeks: 1 });
        const start = date.minus({ days: back });
        const window = planWeeks({ profile, dataset, start, weeks: Math.max(weeks, Math.ceil((back + 1) / 7)) });
        expect(dayOf(window, date.toISODate()!)).toEqual(dayOf(today, date.toISODate()!));
      },
    ),
    { numRuns: 150 },
  );
});

test('plans from any start keep every promise, across week boundaries too', () => {
  fc.assert(
    fc.property(startedProfileArb, fc.integer({ min: -20, max: 300 }), fc.integer({ min: 1, max: 16 }), (profile, offset, weeks) => {
      const plan = planWeeks({ profile, dataset, start: at(profile.startDate!).plus({ days: offset }), weeks });
      expect(planViolations(plan, profile, dataset)).toEqual([]);
    }),
    { numRuns: 150 },
  );
});

/**
 * Room for every surface in two weeks: the long runs take one surface, the quality
 * sessions one more, and each easy run can take another.
 */
const roomInTwoWeeks = (profile: Profile) => (profile.level === 'beginner' ? 2 * profile.runDays : 2 * (profile.runDays - 2) + 2);

test('every surface the runner listed comes up within any two weeks, where the runs allow', () => {
  fc.assert(
    fc.property(startedProfileArb, fc.integer({ min: 0, max: 200 }), (profile, offset) => {
      const available = dataset.surfaces.filter((s) => profile.surfaces.includes(s.id));
      const usable = usableSurfaces(['easy', 'long', 'quality', 'runWalk'], available);
      fc.pre(usable.length <= roomInTwoWeeks(profile));
      const weeks = calendarWeeks(planWeeks({ profile, dataset, start: at(profile.startDate!).plus({ days: offset }), weeks: 6 }));
      for (let i = 1; i < weeks.length; i++) {
        const used = new Set([...weeks[i - 1]!.days, ...weeks[i]!.days].flatMap((d) => (d.type === 'run' ? [d.surface] : [])));
        expect(
          usable.filter((s) => !used.has(s.id)).map((s) => s.id),
          `weeks ${weeks[i - 1]!.number}-${weeks[i]!.number}`,
        ).toEqual([]);
      }
    }),
    { numRuns: 150 },
  );
});

/** Whether some layout of the week keeps strength off the days before the long run and the quality session. Worked out here by brute force. */
function strengthCanAvoidHardDays(profile: Profile): boolean {
  const { rules } = dataset;
  const long = WEEKDAYS.indexOf(profile.longRunDay);
  const withQuality = profile.level !== 'beginner' && profile.runDays >= rules.levels[profile.level].quality.fromRunDays;
  const next = (d: number) => (d + 1) % 7;
  const prev = (d: number) => (d + 6) % 7;
  // Each day: 0 free, 1 run, 2 strength.
  for (let code = 0; code < 3 ** 7; code++) {
    const day = Array.from({ length: 7 }, (_, d) => Math.floor(code / 3 ** d) % 3);
    if (day[long] !== 1) continue;
    if (day.filter((x) => x === 1).length !== profile.runDays || day.filter((x) => x === 2).length !== profile.strengthDays) continue;
    const runs = day.flatMap((x, d) => (x === 1 ? [d] : []));
    for (const quality of withQuality ? runs.filter((d) => d !== long) : [-1]) {
      const hard = (d: number) => (profile.level === 'beginner' ? day[d] === 1 : d === long || d === quality);
      if ([0, 1, 2, 3, 4, 5, 6].some((d) => hard(d) && hard(next(d)))) continue;
      if (profile.level === 'beginner' && runs.some((d) => day[next(d)] === 1)) continue;
      if (day[prev(long)] === 2 || (quality >= 0 && day[prev(quality)] === 2)) continue;
      return true;
    }
  }
  return false;
}

test('strength is never the day before a long run or a quality session when the week has another place for it', () => {
  fc.assert(
    fc.property(startedProfileArb, (profile) => {
      fc.pre(strengthCanAvoidHardDays(profile));
      const plan = planWeeks({ profile, dataset, start: at(profile.startDate!), weeks: 6 });
      const days = plan.weeks.flatMap((w) => w.days);
      days.forEach((day, i) => {
        const tomorrow = days[i + 1];
        if (day.type === 'strength' && tomorrow?.type === 'run') expect(tomorrow.kind, `${day.date}`).not.toMatch(/^(long|quality)$/);
      });
    }),
    { numRuns: 150 },
  );
});
