import { z } from 'zod';
import { Id, IsoDate, Level, Weekday } from './common.js';
import { CLOCK_TIME, UNITS } from './constants.js';

export const TrainingTime = z.string().regex(CLOCK_TIME, 'expected a time as HH:MM, e.g. 07:00');

/** What the runner tells us once: the planner's input. */
export const Profile = z.strictObject({
  level: Level,
  runDays: z.int().min(1).max(7),
  strengthDays: z.int().min(0).max(7),
  longRunDay: Weekday,
  surfaces: z.array(Id).min(1),
  equipment: z.array(Id),
  /** IANA time zone, e.g. Europe/Berlin. */
  timezone: z.string().min(1).optional(),
  trainingTime: TrainingTime.optional(),
  /** The Monday training started (YYYY-MM-DD): plans count their weeks from it. */
  startDate: IsoDate.optional(),
  /** Running minutes in a typical recent week: where the first weeks start. */
  weeklyMinutes: z.int().min(0).max(2000).optional(),
  /** The longest run of the last 4 weeks, in minutes: no run is planned much longer. */
  longestRun: z.int().min(0).max(600).optional(),
  /** Distances in kilometres or miles; kilometres when left out. */
  units: z.enum(UNITS).optional(),
});
export type Profile = z.infer<typeof Profile>;
