// One plan, continuous across days and weeks: whatever window asks, a date gets the same
// session, and the promises hold across week boundaries.
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { usableSurfaces } from '../../src/engine/surfaces.js';
import { WEEKDAYS } from '../../src/schema/constants.js';
import type { Day, Plan } from '../../src/schema/plan.js';
import type { Profile } from '../../src/schema/profile.js';
import { builtIn } from '../helpers.js';
import { profileArb, startedProfileArb } from './arbitraries.js';
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

const core = new Set(dataset.exercises.filter((e) => e.core).map((e) => e.id));

/**
 * What rotates, as opposed to what progresses: the surface, the core strength exercises
 * of the session (how many others fit depends on the doses, which progress), the kind of
 * quality session.
 */
function rotationOf(day: Day): unknown {
  if (day.type === 'run') return { surface: day.surface, ...(day.kind === 'quality' ? { variant: day.variant } : {}) };
  if (day.type === 'strength') return { core: day.exercises.map((e) => e.id).filter((id) => core.has(id)) };
  return day.type;
}

test('without a saved start, a date keeps its surface, strength exercises and quality kind whatever window, --start or week of training shows it', () => {
  fc.assert(
    fc.property(
      profileArb,
      fc.integer({ min: 0, max: 2000 }),
      fc.integer({ min: 0, max: 60 }),
      fc.integer({ min: 0, max: 60 }),
      fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
      (profile, dayOffset, backA, backB, startedWeeksAgo) => {
        const date = at('2022-01-03').plus({ days: dayOffset });
        // Each window counts training from its own first week, as a runner without a profile
        // gets from the week they look; or from a saved start some weeks before.
        const window = (back: number) => {
          const start = date.minus({ days: back });
          const startDate = startedWeeksAgo === undefined ? undefined : start.startOf('week').minus({ weeks: startedWeeksAgo }).toISODate()!;
          const p = startDate ? { ...profile, startDate } : profile;
          return dayOf(planWeeks({ profile: p, dataset, start, weeks: Math.ceil((back + 1) / 7) + 1 }), date.toISODate()!);
        };
        const a = window(backA);
        const b = window(backB);
        const quality = (d: Day) => d.type === 'run' && d.kind === 'quality';
        const strip = (d: Day) => (quality(a) && quality(b) ? rotationOf(d) : d.type === 'run' ? { surface: d.surface } : rotationOf(d));
        expect(strip(a)).toEqual(strip(b));
      },
    ),
    { numRuns: 150 },
  );
});
