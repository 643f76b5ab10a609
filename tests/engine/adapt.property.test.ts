import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { applyAdaptations } from '../../src/engine/adapt.js';
import { addDays } from '../../src/engine/load.js';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { PAIN_SITES } from '../../src/schema/constants.js';
import type { CheckIn } from '../../src/schema/log.js';
import type { Day } from '../../src/schema/plan.js';
import { builtIn } from '../helpers.js';
import { profileArb } from './arbitraries.js';

const dataset = builtIn();
const START = '2026-11-23';

/** Up to six weeks of check-ins before and into the plan's first week, any pain, any effort. */
const logArb = fc
  .uniqueArray(fc.integer({ min: -42, max: 6 }), { maxLength: 40 })
  .chain((offsets) =>
    fc.tuple(
      ...offsets.map((offset) =>
        fc.record({
          date: fc.constant(addDays(START, offset)),
          status: fc.constantFrom<CheckIn['status'][]>('done', 'partly', 'skipped'),
          minutes: fc.integer({ min: 0, max: 180 }),
          rpe: fc.integer({ min: 0, max: 10 }),
          planned: fc.constantFrom<NonNullable<CheckIn['planned']>[]>('run', 'strength', 'recovery', 'rest'),
          pain: fc.dictionary(fc.constantFrom(...PAIN_SITES), fc.integer({ min: 0, max: 10 }), { maxKeys: 3 }),
          settled: fc.option(fc.boolean(), { nil: undefined }),
          recordedAt: fc.constant(`${addDays(START, offset)}T19:00:00Z`),
        }),
      ),
    ),
  )
  .map((entries): CheckIn[] =>
    entries.map(({ settled, ...rest }) => (settled === undefined ? rest : { ...rest, settled })),
  );

const runMinutes = (day: Day) => (day.type === 'run' ? day.minutes : 0);

test('adaptations only ever make the coming days gentler, and always say why', () => {
  fc.assert(
    fc.property(profileArb, logArb, fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 30 }), (profile, checkIns, todayOffset, firstWeek) => {
      const today = addDays(START, todayOffset);
      const plan = planWeeks({ profile, dataset, start: DateTime.fromISO(START, { zone: 'UTC' }), weeks: 3, firstWeek });
      const adapted = applyAdaptations({ plan, checkIns, profile, dataset, today });
      const before = plan.weeks.flatMap((w) => w.days);
      const after = adapted.weeks.flatMap((w) => w.days);
      const logged = checkIns.filter((c) => c.date <= today).map((c) => c.date).sort().at(-1);
      expect(after.map((d) => d.date)).toEqual(before.map((d) => d.date));
      after.forEach((day, i) => {
        const was = before[i]!;
        if (logged !== undefined && day.date <= logged) expect(day).toEqual(was);
        expect(runMinutes(day)).toBeLessThanOrEqual(runMinutes(was));
        if (!was.hard) expect(day.hard).toBe(false);
        if (day.type === 'run') expect(day.warmup.minutes > 0 && day.cooldown.minutes > 0).toBe(true);
        if (JSON.stringify(day) !== JSON.stringify(was)) expect(day.adjustments.length).toBeGreaterThan(0);
        const next = after[i + 1];
        if (next) expect(day.hard && next.hard).toBe(false);
      });
      adapted.weeks.forEach((week, w) => {
        const runs = (days: Day[]) => days.filter((d) => d.type === 'run').length;
        expect(runs(week.days)).toBeLessThanOrEqual(runs(plan.weeks[w]!.days));
      });
    }),
    { numRuns: 200 },
  );
});
