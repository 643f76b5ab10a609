import fc from 'fast-check';
import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { applyAdaptations } from '../../src/engine/adapt/index.js';
import { isRun } from '../../src/engine/adapt/jointState.js';
import { addDays } from '../../src/engine/load.js';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { sessionMinutes } from '../../src/engine/runSession.js';
import { PAIN_SITES } from '../../src/schema/constants.js';
import type { CheckIn } from '../../src/schema/log.js';
import type { Day, Plan } from '../../src/schema/plan.js';
import type { Profile } from '../../src/schema/profile.js';
import { builtIn } from '../helpers.js';
import { profileArb } from './arbitraries.js';

const dataset = builtIn();
const START = '2026-11-23';

const checkInArb = (date: string) =>
  fc
    .record({
      date: fc.constant(date),
      status: fc.constantFrom<CheckIn['status'][]>('done', 'partly', 'skipped'),
      minutes: fc.integer({ min: 0, max: 180 }),
      rpe: fc.integer({ min: 0, max: 10 }),
      planned: fc.constantFrom<NonNullable<CheckIn['planned']>[]>('run', 'strength', 'recovery', 'rest'),
      pain: fc.dictionary(fc.constantFrom(...PAIN_SITES), fc.integer({ min: 0, max: 10 }), { maxKeys: 3 }),
      settled: fc.option(fc.boolean(), { nil: undefined }),
      recordedAt: fc.constant(`${date}T19:00:00Z`),
    })
    .map(({ settled, ...rest }): CheckIn => (settled === undefined ? rest : { ...rest, settled }));

/** Up to six weeks of check-ins before and into the plan's first week, any pain, any effort. */
const logArb = fc.uniqueArray(fc.integer({ min: -42, max: 6 }), { maxLength: 40 }).chain((offsets) => fc.tuple(...offsets.map((offset) => checkInArb(addDays(START, offset)))));

const plan = (profile: Profile, firstWeek: number): Plan => planWeeks({ profile, dataset, start: DateTime.fromISO(START, { zone: 'UTC' }), weeks: 3, firstWeek });
const adapt = (profile: Profile, checkIns: CheckIn[], today: string, firstWeek: number) => applyAdaptations({ plan: plan(profile, firstWeek), checkIns, profile, dataset, today });
const runMinutes = (day: Day) => (day.type === 'run' ? day.minutes : 0);
const daysOf = (p: Plan) => p.weeks.flatMap((w) => w.days);
const todayArb = fc.integer({ min: 0, max: 6 }).map((offset) => addDays(START, offset));
const firstWeekArb = fc.integer({ min: 0, max: 30 });

test('adaptations only ever make the coming days gentler, never touch a logged day, and always say why', () => {
  fc.assert(
    fc.property(profileArb, logArb, todayArb, firstWeekArb, (profile, checkIns, today, firstWeek) => {
      const before = daysOf(plan(profile, firstWeek));
      const after = daysOf(adapt(profile, checkIns, today, firstWeek));
      const logged = checkIns.filter((c) => c.date <= today).map((c) => c.date).sort().at(-1);
      expect(after.map((d) => d.date)).toEqual(before.map((d) => d.date));
      after.forEach((day, i) => {
        const was = before[i]!;
        if (logged !== undefined && day.date <= logged) expect(day).toEqual(was);
        expect(runMinutes(day)).toBeLessThanOrEqual(runMinutes(was));
        if (!was.hard) expect(day.hard).toBe(false);
        if (day.type === 'run') expect(day.warmup.minutes > 0 && day.cooldown.minutes > 0).toBe(true);
        if (JSON.stringify(day) !== JSON.stringify(was)) expect(day.adjustments.length + day.notes.length).toBeGreaterThan(0);
        const next = after[i + 1];
        if (next) expect(day.hard && next.hard).toBe(false);
      });
    }),
    { numRuns: 100 },
  );
});

test('a plan with no check-ins is unchanged', () => {
  fc.assert(
    fc.property(profileArb, todayArb, firstWeekArb, (profile, today, firstWeek) => {
      expect(adapt(profile, [], today, firstWeek)).toEqual(plan(profile, firstWeek));
    }),
    { numRuns: 50 },
  );
});

// A walk-run of no more minutes is gentler than a continuous easy run (the return ladder's first steps).
const KIND_RANK = { runWalk: 0, easy: 1, long: 2, quality: 3 } as const;

/** Whether `day` is no longer and no harder than `than`: minutes, hardness, kind of run, strength levels. */
function noHarder(day: Day, than: Day): void {
  expect(runMinutes(day)).toBeLessThanOrEqual(runMinutes(than));
  if (!than.hard) expect(day.hard).toBe(false);
  if (day.type === 'run') {
    expect(than.type).toBe('run');
    if (than.type === 'run') expect(KIND_RANK[day.kind]).toBeLessThanOrEqual(KIND_RANK[than.kind]);
  }
  if (day.type === 'strength' && than.type === 'strength') {
    for (const e of day.exercises) {
      const same = than.exercises.find((x) => x.id === e.id);
      if (same) expect(e.level).toBeLessThanOrEqual(same.level);
    }
  }
}

test('more pain never gets less caution: raising any pain value never makes any of the coming 14 days longer or harder', () => {
  const raiseArb = fc.record({ index: fc.nat(), site: fc.constantFrom(...PAIN_SITES), by: fc.integer({ min: 1, max: 10 }) });
  fc.assert(
    fc.property(profileArb, logArb.filter((log) => log.length > 0), todayArb, firstWeekArb, raiseArb, (profile, checkIns, today, firstWeek, { index, site, by }) => {
      const i = index % checkIns.length;
      const raised = checkIns.map((c, j) => (j === i ? { ...c, pain: { ...c.pain, [site]: Math.min(10, (c.pain[site] ?? 0) + by) } } : c));
      const less = daysOf(adapt(profile, checkIns, today, firstWeek));
      const more = daysOf(adapt(profile, raised, today, firstWeek));
      const logged = checkIns.filter((c) => c.date <= today).map((c) => c.date).sort().at(-1) ?? today;
      more.forEach((day, k) => {
        if (day.date > logged && day.date <= addDays(logged, 14)) noHarder(day, less[k]!);
      });
    }),
    { numRuns: 100 },
  );
});

test('caution persists until the return ladder is complete: the step matches the clean runs since pain above 5', () => {
  const { steps, runsPerStep } = dataset.rules.adaptation.returnLadder;
  fc.assert(
    fc.property(
      profileArb.filter((p) => p.level !== 'beginner'),
      logArb,
      fc.constantFrom(...PAIN_SITES),
      fc.integer({ min: 6, max: 10 }),
      fc.integer({ min: 0, max: steps.length * runsPerStep - 1 }),
      firstWeekArb,
      (profile, earlier, site, value, clean, firstWeek) => {
        const sore = addDays(START, -10);
        const log: CheckIn[] = [
          ...earlier.filter((c) => c.date < sore),
          { date: sore, status: 'done', planned: 'run', minutes: 40, rpe: 5, pain: { [site]: value }, recordedAt: `${sore}T19:00:00Z` },
          ...Array.from({ length: clean }, (_, k): CheckIn => ({ date: addDays(sore, 3 + k), status: 'done', planned: 'run', minutes: 30, rpe: 4, pain: {}, settled: true, recordedAt: `${sore}T19:00:00Z` })),
        ];
        const today = addDays(sore, 3 + clean);
        const before = daysOf(plan(profile, firstWeek));
        const after = daysOf(adapt(profile, log, today, firstWeek));
        const next = after.findIndex((d) => d.date > today && d.type === 'run');
        if (next < 0) return;
        const run = after[next]!;
        const was = before[next]!;
        expect(run.type === 'run' && run.kind).not.toBe('quality');
        expect(runMinutes(run)).toBeLessThanOrEqual(Math.max(dataset.rules.adaptation.singleRun.minMinutes, Math.ceil(runMinutes(was) * steps[Math.floor(clean / runsPerStep)]!.share)));
      },
    ),
    { numRuns: 100 },
  );
});

test('the single-run guard holds on every coming run once the log covers 14 days', () => {
  const { maxGrowth, windowDays, minLogDays, minMinutes } = dataset.rules.adaptation.singleRun;
  fc.assert(
    fc.property(profileArb, logArb, todayArb, firstWeekArb, (profile, checkIns, today, firstWeek) => {
      const log = checkIns.filter((c) => c.date <= today);
      const first = log.map((c) => c.date).sort()[0];
      if (first === undefined || first > addDays(today, 1 - minLogDays)) return;
      const latest = log.map((c) => c.date).sort().at(-1)!;
      for (const day of daysOf(adapt(profile, checkIns, today, firstWeek))) {
        if (day.type !== 'run' || day.date <= latest) continue;
        const longest = Math.max(0, ...log.filter((c) => isRun(c) && c.date < day.date && c.date >= addDays(day.date, -windowDays)).map((c) => c.minutes));
        const around = day.warmup.minutes + day.cooldown.minutes;
        const oneRepeat = day.intervals ? Math.ceil((day.intervals.runSeconds + day.intervals.walkSeconds) / 60) : 0;
        if (longest > 0) expect(sessionMinutes(day)).toBeLessThanOrEqual(Math.max(Math.floor(longest * (1 + maxGrowth)), around + Math.max(minMinutes, oneRepeat)));
      }
    }),
    { numRuns: 100 },
  );
});
