import type { Dataset } from '../dataset/dataset.js';
import { JOINTS, type Joint } from '../schema/constants.js';
import type { CheckIn } from '../schema/log.js';
import type { Day, Plan, RecoveryDay, RunDay, Week } from '../schema/plan.js';
import type { Profile } from '../schema/profile.js';
import { DateTime } from 'luxon';
import { acuteChronicRatio, addDays, byDate, daysBetween, worstPain, worstPainBetween } from './load.js';
import { planDrills, planWeeks, summarise } from './planWeeks.js';
import { shrinkStep } from './progression.js';
import { continuousContent, runWalkContent } from './runSession.js';
import { planExercise } from './strength.js';

export interface AdaptRequest {
  plan: Plan;
  checkIns: readonly CheckIn[];
  profile: Profile;
  dataset: Dataset;
  /** Today (YYYY-MM-DD): check-ins after it are ignored. */
  today: string;
}

const JOINT_NAMES = { ankle: 'Ankle', knee: 'Knee', hip: 'Hip' } as const;
const shortDate = (iso: string) => DateTime.fromISO(iso).toFormat('d LLL');

/**
 * Adjust the days after the latest check-in to what the log says about the joints and
 * the training load. Pure: returns a new plan, each changed day saying why. Missed
 * sessions are never moved onto later days.
 */
export function applyAdaptations(request: AdaptRequest): Plan {
  const plan = structuredClone(request.plan);
  const log = [...request.checkIns].filter((c) => c.date <= request.today).sort(byDate);
  const latest = log.at(-1);
  if (!latest) return plan;

  const ctx = { ...request, plan, log, latest, from: addDays(latest.date, 1) };
  const conservative = adviseSpecialist(ctx);
  if (conservative.length) keepConservative(ctx, conservative);
  tooMuchPain(ctx);
  easeAfterUnsettledPain(ctx);
  holdGrowthForAcceptablePain(ctx);
  followLoad(ctx);

  for (const week of plan.weeks) week.summary = summarise(week.days);
  return plan;
}

interface Ctx extends AdaptRequest {
  log: CheckIn[];
  latest: CheckIn;
  /** The first day the log has not covered yet: adaptations start here. */
  from: string;
}

const coming = (ctx: Ctx) => ctx.plan.weeks.flatMap((w) => w.days).filter((d) => d.date >= ctx.from);
const comingWithin = (ctx: Ctx, days: number) => coming(ctx).filter((d) => d.date < addDays(ctx.from, days));

/** Pain in a joint on enough of the recent check-ins, or for long enough: time to see someone. */
function adviseSpecialist(ctx: Ctx): Joint[] {
  const { checkIns, window, days } = ctx.dataset.rules.adaptation.specialist;
  const advised: Joint[] = [];
  for (const joint of JOINTS) {
    const hurts = (c: CheckIn) => (worstPain(c).get(joint) ?? 0) > 0;
    if (!hurts(ctx.latest)) continue;
    const recent = ctx.log.slice(-window).filter(hurts).length;
    // The current run of painful check-ins, back to the last pain-free one.
    let firstPainful = ctx.latest.date;
    for (let i = ctx.log.length - 1; i >= 0 && hurts(ctx.log[i]!); i--) firstPainful = ctx.log[i]!.date;
    const span = daysBetween(firstPainful, ctx.latest.date) + 1;
    if (recent >= checkIns || span >= days) {
      const why = recent >= checkIns ? `on ${recent} of your last ${Math.min(window, ctx.log.length)} check-ins` : `for ${span} days`;
      ctx.plan.notes.push(
        `${JOINT_NAMES[joint]} pain ${why}. Pain that keeps coming back deserves a look: please see a physical therapist or movement specialist who works with runners. Until it is gone, the plan stays conservative.`,
      );
      advised.push(joint);
    }
  }
  return advised;
}

function makeEasy(day: RunDay, ctx: Ctx, reason: string): Day {
  if (ctx.profile.level === 'beginner') return toRecovery(day, ctx, reason, []);
  const week = ctx.plan.weeks.find((w) => w.days.includes(day))!;
  const easyMinutes = week.days.filter((d): d is RunDay => d.type === 'run' && d.kind === 'easy').map((d) => d.minutes);
  const minutes = Math.min(day.minutes, easyMinutes.length ? Math.min(...easyMinutes) : ctx.dataset.rules.levels[ctx.profile.level].easyRunMinutes);
  Object.assign(day, continuousContent('easy', minutes, ctx.profile.level, ctx.dataset.rules), { hard: false });
  day.adjustments.push(reason);
  return day;
}

function replaceDay(ctx: Ctx, old: Day, replacement: Day): void {
  for (const week of ctx.plan.weeks) {
    const i = week.days.indexOf(old);
    if (i >= 0) week.days[i] = replacement;
  }
}

function toRecovery(day: Day, ctx: Ctx, reason: string, joints: Joint[]): RecoveryDay {
  const { rules } = ctx.dataset;
  const equipment = new Set(ctx.profile.equipment);
  const exercises = ctx.dataset.exercises
    .filter((e) => e.kind === 'strength' && joints.some((j) => e.joints[0] === j) && !e.equipment?.length)
    .slice(0, 3)
    .map((e) => planExercise(e, equipment, 0));
  const byId = new Map(ctx.dataset.exercises.map((e) => [e.id, e]));
  const recovery: RecoveryDay = {
    date: day.date,
    weekday: day.weekday,
    hard: false,
    adjustments: [...day.adjustments, reason],
    notes: day.notes,
    type: 'recovery',
    minutes: rules.recovery.minutes,
    activities: rules.recovery.activities,
    mobility: planDrills(rules.recovery.mobility, byId),
    ...(exercises.length ? { exercises } : {}),
  };
  replaceDay(ctx, day, recovery);
  return recovery;
}

/** Above the acceptable level, the next day has no running: recovery and the easiest exercises for that joint. */
function tooMuchPain(ctx: Ctx): void {
  const { acceptableMax } = ctx.dataset.rules.adaptation.pain;
  const joints = [...worstPain(ctx.latest)].filter(([, v]) => v > acceptableMax);
  const next = coming(ctx)[0];
  if (!joints.length || !next || next.date !== ctx.from || next.type === 'rest') return;
  const what = joints.map(([j, v]) => `${JOINT_NAMES[j]} pain ${v}/10`).join(', ');
  const names = joints.map(([j]) => j).join(' and ');
  toRecovery(next, ctx, `${what} on ${shortDate(ctx.latest.date)} is above ${acceptableMax}: no running today; recovery and the easiest ${names} exercises`, joints.map(([j]) => j));
}

/** Pain that did not settle by the morning, or that rises week on week: the next hard day becomes easy. */
function easeAfterUnsettledPain(ctx: Ctx): void {
  const { safeMax } = ctx.dataset.rules.adaptation.pain;
  const weekStart = addDays(ctx.latest.date, -6);
  const rising = JOINTS.filter((j) => {
    const now = worstPainBetween(ctx.log, j, weekStart, ctx.latest.date);
    const before = worstPainBetween(ctx.log, j, addDays(weekStart, -7), addDays(weekStart, -1));
    return now > safeMax && now > before && before > 0;
  });
  const unsettled = ctx.latest.settled === false;
  if (!unsettled && !rising.length) return;
  const reason = unsettled
    ? `Pain had not settled by the morning of ${shortDate(ctx.latest.date)}: an easy day instead of a hard one`
    : `${rising.map((j) => JOINT_NAMES[j]).join(' and ')} pain is rising week on week: an easy day instead of a hard one`;
  const hard = comingWithin(ctx, 7).find((d): d is RunDay => d.type === 'run' && d.hard);
  if (hard) makeEasy(hard, ctx, reason);
}

/** The run volume of the last full week before this one, as the plan would have it. */
function lastFullWeekVolume(ctx: Ctx, week: Week): number | undefined {
  for (let number = week.number - 1; number >= 1; number--) {
    const inPlan = ctx.plan.weeks.find((w) => w.number === number);
    const earlier =
      inPlan ??
      planWeeks({
        profile: ctx.profile,
        dataset: ctx.dataset,
        start: DateTime.fromISO(week.start, { zone: 'utc' }).minus({ weeks: week.number - number }),
        weeks: 1,
        firstWeek: number - 1,
      }).weeks[0]!;
    if (!earlier.deload) return earlier.summary.runMinutes;
  }
  return undefined;
}

/** Scale the coming runs of a week so that its run minutes do not pass `cap`. */
function capWeek(ctx: Ctx, week: Week, cap: number, reason: string): void {
  const runs = week.days.filter((d): d is RunDay => d.type === 'run');
  const volume = runs.reduce((sum, r) => sum + r.minutes, 0);
  const adjustable = runs.filter((r) => r.date >= ctx.from && !r.adjustments.includes(reason));
  if (volume <= cap || !adjustable.length) return;
  const fixed = volume - adjustable.reduce((sum, r) => sum + r.minutes, 0);
  const factor = Math.max(0, cap - fixed) / (volume - fixed);
  scaleRuns(ctx, adjustable, factor, reason);
}

function scaleRuns(ctx: Ctx, runs: RunDay[], factor: number, reason: string): void {
  if (factor >= 1) return;
  const { rules } = ctx.dataset;
  for (const run of runs) {
    if (run.intervals) {
      Object.assign(run, runWalkContent(shrinkStep(run.intervals, factor, 300), rules));
    } else if (ctx.profile.level !== 'beginner') {
      Object.assign(run, continuousContent(run.kind as 'easy' | 'long' | 'quality', Math.max(10, Math.floor(run.minutes * factor)), ctx.profile.level, rules));
    }
    run.adjustments.push(reason);
  }
}

/** While a specialist should look at a joint: no quality sessions and no growth. */
function keepConservative(ctx: Ctx, joints: Joint[]): void {
  const names = joints.join(' and ');
  for (const day of coming(ctx)) {
    if (day.type === 'run' && day.kind === 'quality') makeEasy(day, ctx, `No quality sessions until the ${names} is pain-free`);
  }
  const current = ctx.plan.weeks.find((w) => w.days.some((d) => d.date === ctx.from)) ?? ctx.plan.weeks.find((w) => w.start >= ctx.from);
  if (!current) return;
  const base = current.deload ? lastFullWeekVolume(ctx, current) : current.summary.runMinutes;
  if (base === undefined) return;
  for (const week of ctx.plan.weeks.filter((w) => w.start > current.start)) capWeek(ctx, week, base, `No growth until the ${names} is pain-free`);
}

/** Pain in the acceptable band: the coming week does not grow. */
function holdGrowthForAcceptablePain(ctx: Ctx): void {
  const { safeMax, acceptableMax } = ctx.dataset.rules.adaptation.pain;
  const joints = JOINTS.filter((j) => {
    const worst = worstPainBetween(ctx.log, j, addDays(ctx.latest.date, -6), ctx.latest.date);
    return worst > safeMax && worst <= acceptableMax;
  });
  if (!joints.length) return;
  const next = ctx.plan.weeks.find((w) => w.start >= ctx.from);
  if (!next || next.deload) return;
  const base = lastFullWeekVolume(ctx, next);
  if (base !== undefined) capWeek(ctx, next, base, `${joints.map((j) => JOINT_NAMES[j]).join(' and ')} pain at 3-5/10 this week: no growth this week`);
}

/** Training load far above the usual trims the coming week; far below it (after a break) rebuilds gently. */
function followLoad(ctx: Ctx): void {
  const { load } = ctx.dataset.rules.adaptation;
  const { ratio } = acuteChronicRatio(ctx.log, ctx.latest.date, ctx.dataset.rules);
  if (ratio === null) return;
  const runs = comingWithin(ctx, 7).filter((d): d is RunDay => d.type === 'run');
  if (ratio > load.high) {
    scaleRuns(ctx, runs, 1 - load.trim, `Load ratio ${ratio.toFixed(2)} is above ${load.high}: runs ${Math.round(load.trim * 100)} % shorter this week`);
  } else if (ratio < load.low) {
    const lastWeek = ctx.log.filter((c) => c.date > addDays(ctx.latest.date, -7) && c.planned === 'run' && c.status !== 'skipped');
    const ran = lastWeek.reduce((sum, c) => sum + c.minutes, 0);
    const planned = runs.reduce((sum, r) => sum + r.minutes, 0);
    const target = Math.max(ran * (1 + ctx.dataset.rules.volume.growthCap), planned / 2);
    if (planned > target) scaleRuns(ctx, runs, target / planned, `Load ratio ${ratio.toFixed(2)} is below ${load.low}: rebuilding gently after a break`);
  }
}
