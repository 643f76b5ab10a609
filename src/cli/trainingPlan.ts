import type { DateTime } from 'luxon';
import { applyAdaptations } from '../engine/adapt/index.js';
import { planWeeks } from '../engine/planWeeks.js';
import type { Plan } from '../schema/plan.js';
import type { TrainingLog } from '../schema/log.js';
import { readLog } from '../store/logStore.js';
import { dayStart } from './clock.js';
import type { Context } from './context.js';

/** Whole weeks of training between the profile's start and `start` (0 without a start date). */
export function weeksOfTraining(ctx: Context, start: DateTime): number {
  if (!ctx.profile.startDate) return 0;
  const began = dayStart(ctx.profile.startDate, ctx.profile.timezone).startOf('week');
  return Math.max(0, Math.floor(start.diff(began, 'days').days / 7));
}

export interface TrainingPlan {
  plan: Plan;
  log: TrainingLog;
}

/** The plan from `start`, continuing the runner's progression and adapted to their log up to `today`. */
export async function trainingPlan(ctx: Context, start: DateTime, weeks: number, today: string): Promise<TrainingPlan> {
  const firstWeek = weeksOfTraining(ctx, start);
  const log = await readLog(ctx.paths.log);
  const plan = planWeeks({ profile: ctx.profile, dataset: ctx.dataset, start, weeks, firstWeek });
  return { plan: applyAdaptations({ plan, checkIns: log.checkins, profile: ctx.profile, dataset: ctx.dataset, today }), log };
}
