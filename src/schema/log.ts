import { z } from 'zod';
import { Id, IsoDate } from './common.js';
import * as c from './constants.js';

/** A note is a few words about the day; more belongs in a diary. */
export const MAX_NOTE_LENGTH = 2000;

export const PainSite = z.enum(c.PAIN_SITES);
export type PainSite = c.PainSite;
export const CheckInStatus = z.enum(c.CHECKIN_STATUSES);
export type CheckInStatus = c.CheckInStatus;

/** What the runner reports about one day. */
export const CheckIn = z.strictObject({
  date: IsoDate,
  status: CheckInStatus,
  /** The session type the plan had for the day. */
  planned: z.enum(['run', 'strength', 'recovery', 'rest']).optional(),
  minutes: z.int().min(0).max(600),
  /** Session effort, 0 (rest) to 10 (maximal). */
  rpe: z.int().min(0).max(10),
  surface: Id.optional(),
  /** Pain 0-10 per joint and side; joints that did not hurt are left out. */
  pain: z.partialRecord(PainSite, z.int().min(0).max(10)).default({}),
  /** Whether the previous day's pain had settled by this morning. */
  settled: z.boolean().optional(),
  /** Whether this day's own pain had settled by the next morning, told the morning after. */
  settledNextMorning: z.boolean().optional(),
  note: z.string().max(MAX_NOTE_LENGTH).optional(),
  recordedAt: z.iso.datetime({ offset: true }),
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
    });
  });
export type TrainingLog = z.infer<typeof TrainingLog>;

