import type { DateTime } from 'luxon';
import { adaptedPlan } from '../engine/adaptedPlan.js';
import { startingPointFrom } from '../engine/startingPoint.js';
import type { Plan } from '../schema/plan.js';
import type { Profile } from '../schema/profile.js';
import type { TrainingLog } from '../schema/log.js';
import { readLog } from '../store/logStore.js';
import { UserError } from '../errors.js';
import { now } from './clock.js';
import type { Context } from './context.js';

/**
 * The profile a plan counts its weeks from. Without a saved start date, training starts
 * this week. A level other than the saved one (a flag) starts a new block this week, from
 * where the saved plan has the runner now, unless the flags say where to start.
 */
export function planningProfile(ctx: Context, today: DateTime = now(ctx.profile.timezone)): Profile {
  const thisMonday = today.startOf('week').toISODate()!;
  checkRaceAhead(ctx.profile, ctx.savedProfile, today.toISODate()!);
  const saved = ctx.savedProfile;
  if (saved && saved.level !== ctx.profile.level) {
    const point = startingPointFrom({ ...saved, startDate: saved.startDate ?? thisMonday }, ctx.dataset, thisMonday);
    const flagged = (key: 'weeklyMinutes' | 'longestRun') => (ctx.profile[key] !== saved[key] ? ctx.profile[key] : undefined);
    return { ...ctx.profile, startDate: thisMonday, weeklyMinutes: flagged('weeklyMinutes') ?? point.weeklyMinutes, longestRun: flagged('longestRun') ?? point.longestRun };
  }
  return { ...ctx.profile, startDate: ctx.profile.startDate ?? thisMonday };
}

/** A race given on the command line is a race to come: one in the past is refused. */
export function checkRaceAhead(profile: Profile, saved: Profile | undefined, today: string): void {
  const race = profile.race;
  if (race && race !== saved?.race && race.date < today) {
    throw new UserError(`--race: ${race.date} is in the past; give the day of a race to come, or --race none`, { field: 'race' });
  }
}

export interface TrainingPlan {
  plan: Plan;
  log: TrainingLog;
}

/**
 * The plan from `start`, continuing the runner's progression and adapted to their log up
 * to `today`. Weeks and rotations count from the start date, so a date gets the same
 * session whichever command, start and length ask for it. `clock` is the current time
 * when the command has read it already; `wanted`, the days the command shows, when it
 * shows only some (the others are left as planned, not adapted one by one).
 */
export async function trainingPlan(ctx: Context, start: DateTime, weeks: number, today: string, clock?: DateTime, wanted?: (date: string) => boolean): Promise<TrainingPlan> {
  const profile = planningProfile(ctx, clock);
  const log = await readLog(ctx.paths.log);
  return { plan: adaptedPlan({ profile, dataset: ctx.dataset, start, weeks, checkIns: log.checkins, today, ...(wanted ? { wanted } : {}) }), log };
}
