import { z } from 'zod';
import { Id, IsoDate } from './common.js';
import * as c from './constants.js';

export { MAX_NOTE_LENGTH } from './constants.js';

export const PainSite = z.enum(c.PAIN_SITES);
export type PainSite = c.PainSite;
export const CheckInStatus = z.enum(c.CHECKIN_STATUSES);
export type CheckInStatus = c.CheckInStatus;

export const ActivitySport = z.enum(c.ACTIVITY_SPORTS);
export type ActivitySport = c.ActivitySport;

/** An activity imported from a watch or app file. */
export const ImportedActivity = z.strictObject({
  /** Its start time (UTC, to the second) and sport: the same activity imported again is recognised by it. */
  id: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z [a-z]+$/, 'expected a start time and sport, e.g. 2026-11-23T06:12:05Z run'),
  sport: ActivitySport,
  /** The file's own word for the kind of run or ride (trail, track, treadmill, street...). */
  subSport: Id.optional(),
  /** Moving minutes. */
  minutes: z.int().min(0).max(1440),
  /** Distance in metres. */
  distanceMetres: z.int().min(0).max(1_000_000).optional(),
  /** Average heart rate, beats a minute. */
  heartRate: z.int().min(20).max(250).optional(),
});
export type ImportedActivity = z.infer<typeof ImportedActivity>;

/** What the runner reports about one day. */
export const CheckIn = z.strictObject({
  date: IsoDate,
  status: CheckInStatus,
  /** The session type the plan had for the day. */
  planned: z.enum(c.PLANNED_SESSIONS).optional(),
  minutes: z.int().min(0).max(c.MAX_SESSION_MINUTES),
  /** Session effort, 0 (rest) to 10 (maximal); left out only when `notRecorded` says so. */
  rpe: z.int().min(0).max(c.MAX_EFFORT).optional(),
  surface: Id.optional(),
  /** Pain 0-10 per joint and side; joints that did not hurt are left out. */
  pain: z.partialRecord(PainSite, z.int().min(0).max(c.MAX_PAIN)).default({}),
  /** Whether the previous day's pain had settled by this morning. */
  settled: z.boolean().optional(),
  /** Whether this day's own pain had settled by the next morning, told the morning after. */
  settledNextMorning: z.boolean().optional(),
  note: z.string().max(c.MAX_NOTE_LENGTH).optional(),
  recordedAt: z.iso.datetime({ offset: true }),
  /** Distance in metres (shown in km or mi, as the profile says). */
  distanceMetres: z.int().min(0).max(1_000_000).optional(),
  /** Average heart rate, beats a minute, over the imported activities. */
  heartRate: z.int().min(20).max(250).optional(),
  /** What the runner did not say (an activity imported without a terminal): unknown, never 0. */
  notRecorded: z.array(z.enum(c.UNRECORDED_FIELDS)).optional(),
  /** The activities imported into this day: importing the same file again adds nothing. */
  activities: z.array(ImportedActivity).optional(),
});
export type CheckIn = z.infer<typeof CheckIn>;

export const TrainingLog = z
  .strictObject({
    version: z.literal(1),
    checkins: z.array(CheckIn),
  })
  .superRefine((log, ctx) => {
    const seen = new Set<string>();
    log.checkins.forEach((c, i) => {
      if (seen.has(c.date)) ctx.addIssue({ code: 'custom', message: `a second check-in for ${c.date}`, path: ['checkins', i, 'date'] });
      seen.add(c.date);
      if (c.rpe === undefined && !c.notRecorded?.includes('rpe')) {
        ctx.addIssue({ code: 'custom', message: 'expected the effort (rpe 0-10), or rpe listed under notRecorded', path: ['checkins', i, 'rpe'] });
      }
    });
  });
export type TrainingLog = z.infer<typeof TrainingLog>;

