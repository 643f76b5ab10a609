import type { Day, RunDay, Week } from '../../schema/plan.js';
import { addDays, byDate, daysBetween, painRecorded } from '../load.js';
import { PlanCache } from '../planWeeks.js';
import { sessionMinutes } from '../runSession.js';
import { jointStates } from './jointState.js';
import type { AdaptRequest, Situation } from './types.js';

/** How far back the log is read: enough for any rule's window, quick for a ten-year log. */
const LOG_DAYS = 365;

/**
 * The situation every rule reads, or undefined when there is no check-in up to today.
 * `plans` shares the days already planned for this request.
 */
export function situationOf(request: AdaptRequest, plans: PlanCache = new PlanCache(request.dataset)): Situation | undefined {
  const since = addDays(request.today, -LOG_DAYS);
  const log = request.checkIns.filter((c) => c.date <= request.today && c.date > since).sort(byDate);
  const latest = log.at(-1);
  const first = request.plan.weeks[0];
  if (!latest || !first) return undefined;
  const weeks = new Map<number, Week>(request.plan.weeks.map((w) => [w.number, w]));
  const plannedWeek = (number: number): Week | undefined => {
    if (number < 1) return undefined;
    let week = weeks.get(number);
    if (!week) {
      const start = addDays(first.start, 7 * (number - first.number));
      week = plans.planWeeks({ profile: request.profile, start, weeks: 1, firstWeek: number - 1 }).weeks[0]!;
      weeks.set(number, week);
    }
    return week;
  };
  return {
    ...request,
    log,
    from: addDays(latest.date, 1),
    // Pain not recorded is neither pain nor a pain-free day: those check-ins are left out of the joints' story.
    joints: jointStates(log.filter(painRecorded), request.dataset.rules),
    plannedWeek,
    weekNumberOf: (date) => first.number + Math.floor(daysBetween(first.start, date) / 7),
  };
}

/** The day as first planned (before any adaptation), also before the plan's first week. */
export function plannedDay(s: Situation, date: string): Day | undefined {
  return s.plannedWeek(s.weekNumberOf(date))?.days.find((d) => d.date === date);
}

/**
 * The full (not deload) weeks as first planned, from the last one up to `date` (the first week
 * of training for a date before it) to the last one up to the latest check-in.
 */
function fullWeeksSince(s: Situation, date: string): Week[] {
  const weeks: Week[] = [];
  let number = Math.max(1, s.weekNumberOf(date));
  while (number > 1 && s.plannedWeek(number)?.deload) number--;
  for (const last = Math.max(number, s.weekNumberOf(addDays(s.from, -1))); number <= last; number++) {
    const week = s.plannedWeek(number);
    if (week && !week.deload) weeks.push(week);
  }
  return weeks;
}

/**
 * What "no growth" holds a week to, for caution that began on `date`: the run minutes of the
 * lightest full week since then. An earlier start never gives a higher cap.
 */
export function noGrowthMinutes(s: Situation, date: string): number | undefined {
  const weeks = fullWeeksSince(s, date);
  return weeks.length ? Math.min(...weeks.map((w) => w.summary.runMinutes)) : undefined;
}

/** What "no longer long run" holds a long run to (whole session): the shortest full week's since `date`. */
export function noLongerLongRun(s: Situation, date: string): number | undefined {
  const long = fullWeeksSince(s, date).map(longRunMinutes).filter((m): m is number => m !== undefined);
  return long.length ? Math.min(...long) : undefined;
}

/** The long run of a week, whole session, warm-up and cool-down included. */
function longRunMinutes(week: Week): number | undefined {
  const long = week.days.find((d): d is RunDay => d.type === 'run' && d.kind === 'long');
  return long && sessionMinutes(long);
}

/** The plan's coming runs, as first planned, in date order. */
export const comingRuns = (s: Situation): RunDay[] =>
  s.plan.weeks.flatMap((w) => w.days).filter((d): d is RunDay => d.type === 'run' && d.date >= s.from);

/** The day after the plan's last day: "until the end of the plan". */
export const planEnd = (s: Situation): string => addDays(s.plan.weeks.at(-1)!.start, 7);

/** Minutes of warm-up and cool-down around each of the runner's runs (none for beginners, whose sessions count them in). */
export function aroundRun(s: Situation): number {
  const level = s.profile.level;
  return level === 'beginner' ? 0 : s.dataset.rules.warmup[level].minutes + s.dataset.rules.cooldown[level].minutes;
}
