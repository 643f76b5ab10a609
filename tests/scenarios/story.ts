// Helpers for coaching stories: a runner, the check-ins they log, and the plan that follows.
import { DateTime } from 'luxon';
import { applyAdaptations } from '../../src/engine/adapt/index.js';
import { daysBetween, mondayOf } from '../../src/engine/load.js';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { sessionMinutes } from '../../src/engine/runSession.js';
import type { CheckIn } from '../../src/schema/log.js';
import type { Day, Plan, RunDay, StrengthDay } from '../../src/schema/plan.js';
import type { Profile } from '../../src/schema/profile.js';
import { builtIn, profile as makeProfile } from '../helpers.js';

/** The Monday of the runner's first week of training. */
export const FIRST_MONDAY = '2026-10-26';
/** Intermediate, 4 runs (long on Sunday, a tempo run on Thursday) and 2 strength days. */
export const RUNNER = makeProfile({ level: 'intermediate', runDays: 4, strengthDays: 2, longRunDay: 'sunday', equipment: ['pillow', 'box', 'weights'] });


/** The plan as first made for `weeks` weeks from the Monday of `date`, counting weeks from FIRST_MONDAY. */
export function planned(date: string, weeks = 3, profile: Profile = RUNNER): Plan {
  const monday = mondayOf(date);
  return planWeeks({ profile, dataset: builtIn(), start: DateTime.fromISO(monday, { zone: 'utc' }), weeks, firstWeek: Math.floor(daysBetween(FIRST_MONDAY, monday) / 7) });
}

/** A check-in, done at a middling effort unless told otherwise. */
export function checkIn(date: string, extra: Partial<CheckIn> = {}): CheckIn {
  return { date, status: 'done', planned: 'run', minutes: 45, rpe: 5, pain: {}, recordedAt: `${date}T19:00:00+01:00`, ...extra };
}

/**
 * Check-ins for every run and strength day from `from` to `until` (inclusive), done as planned:
 * the planned minutes, effort 7 on hard days and 4 on others. `change` alters single days.
 */
export function followPlan(from: string, until: string, change: Record<string, Partial<CheckIn>> = {}, profile: Profile = RUNNER): CheckIn[] {
  const plan = planned(from, Math.ceil((daysBetween(mondayOf(from), until) + 1) / 7), profile);
  return plan.weeks
    .flatMap((w) => w.days)
    .filter((d) => d.date >= from && d.date <= until && (d.type === 'run' || d.type === 'strength' || change[d.date]))
    .map((d) => checkIn(d.date, { planned: d.type === 'race' ? 'run' : d.type, minutes: sessionMinutes(d), rpe: d.hard ? 7 : d.type === 'rest' ? 0 : 4, ...change[d.date] }));
}

/** The plan from the Monday of `today` for `weeks` weeks, before and after adapting to the log. */
export function adapt(checkIns: CheckIn[], today: string, weeks = 3, profile: Profile = RUNNER): { before: Plan; after: Plan } {
  const before = planned(today, weeks, profile);
  return { before, after: applyAdaptations({ plan: before, checkIns, profile, dataset: builtIn(), today }) };
}

export const days = (plan: Plan): Day[] => plan.weeks.flatMap((w) => w.days);
export const day = (plan: Plan, date: string): Day => days(plan).find((d) => d.date === date)!;
export const run = (plan: Plan, date: string): RunDay => {
  const found = day(plan, date);
  if (found.type !== 'run') throw new Error(`${date} is a ${found.type} day, not a run`);
  return found;
};
export const strength = (plan: Plan, date: string): StrengthDay => {
  const found = day(plan, date);
  if (found.type !== 'strength') throw new Error(`${date} is a ${found.type} day, not strength`);
  return found;
};
/** Runs between two dates, inclusive. */
export const runsBetween = (plan: Plan, from: string, until: string): RunDay[] =>
  days(plan).filter((d): d is RunDay => d.type === 'run' && d.date >= from && d.date <= until);
export const runMinutes = (plan: Plan, from: string, until: string): number => runsBetween(plan, from, until).reduce((sum, r) => sum + r.minutes, 0);
/** Every reason given on the days between two dates. */
export const reasons = (plan: Plan, from = '0000', until = '9999'): string[] =>
  days(plan)
    .filter((d) => d.date >= from && d.date <= until)
    .flatMap((d) => [...d.adjustments, ...d.notes]);
