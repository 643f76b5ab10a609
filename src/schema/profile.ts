import { z } from 'zod';
import { Id, IsoDate, Level, Weekday } from './common.js';
import { CLOCK_TIME, PACE, UNITS, RACE_DISTANCE, RACE_DISTANCE_HINT, RECENT_RACE } from './constants.js';

export const RaceDistance = z.string().regex(RACE_DISTANCE, RACE_DISTANCE_HINT);

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
  /** Distances and paces in kilometres or miles; kilometres when left out. */
  units: z.enum(UNITS).optional(),
  /** The race the plan builds toward: its date and distance. */
  race: z.strictObject({ date: IsoDate, distance: RaceDistance }).optional(),
  /** Easy pace per unit, m:ss: run days show an approximate distance. */
  easyPace: z.string().regex(PACE, 'expected a pace as m:ss, e.g. 6:15').optional(),
  /** A recent race result, e.g. 10k=45:00: paces are estimated from it. */
  recentRace: z.string().regex(RECENT_RACE, 'expected a distance and a time, e.g. 10k=45:00 or half=1:52:30').optional(),
});
export type Profile = z.infer<typeof Profile>;
