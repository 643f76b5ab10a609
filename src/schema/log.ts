import { z } from 'zod';
import { Id, IsoDate, JOINTS, type Joint } from './common.js';

export const SIDES = ['left', 'right'] as const;
/** A joint on one side: `knee-left`. */
export const PAIN_SITES = JOINTS.flatMap((joint) => SIDES.map((side) => `${joint}-${side}` as const));
export const PainSite = z.enum(PAIN_SITES);
export type PainSite = z.infer<typeof PainSite>;

export const jointOf = (site: PainSite): Joint => site.split('-')[0] as Joint;

export const CHECKIN_STATUSES = ['done', 'partly', 'skipped'] as const;
export const CheckInStatus = z.enum(CHECKIN_STATUSES);
export type CheckInStatus = z.infer<typeof CheckInStatus>;

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
  note: z.string().max(2000).optional(),
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

export const emptyLog = (): TrainingLog => ({ version: 1, checkins: [] });
