import { z } from 'zod';
import { Id, RunKind, text } from './common.js';
import { Profile } from './profile.js';

const share = z.number().gt(0).lt(1);
const minutes = z.int().min(1).max(600);
const range = z
  .strictObject({ min: z.int().min(0).max(7), max: z.int().min(0).max(7) })
  .refine((r) => r.min <= r.max, { message: 'min must not be above max' });

export const RunWalkStep = z.strictObject({
  runSeconds: z.int().min(10).max(7200),
  walkSeconds: z.int().min(0).max(600),
  repeats: z.int().min(1).max(50),
});
export type RunWalkStep = z.infer<typeof RunWalkStep>;

const levelBase = {
  label: text,
  runDays: range,
  strengthDays: range,
};

export const Quality = z.strictObject({
  fromRunDays: z.int().min(1).max(7),
  /** The first week of a training block with a quality session (1 = from the start). */
  fromWeek: z.int().min(1).max(52),
  factor: z.number().gt(0).max(3),
  /** Ids of `qualitySessions`, in the order they rotate. */
  kinds: z.array(Id).min(1),
});
export type Quality = z.infer<typeof Quality>;

export const QualitySession = z.strictObject({
  title: text,
  workShare: share,
  rep: z.strictObject({ hardSeconds: z.int().min(5).max(1800), easySeconds: z.int().min(0).max(1800) }).optional(),
  /** Surfaces the session needs (a hill), when it cannot go on any quality surface. */
  surfaces: z.array(Id).optional(),
  mainSet: text,
});
export type QualitySession = z.infer<typeof QualitySession>;

export const BeginnerRules = z.strictObject({
  ...levelBase,
  runsPerRung: z.int().min(1).max(7),
  runWalk: z.array(RunWalkStep).min(1),
});
export type BeginnerRules = z.infer<typeof BeginnerRules>;

export const ContinuousRules = z
  .strictObject({
    ...levelBase,
    easyRunMinutes: minutes,
    minRunMinutes: minutes,
    peakEasyRunMinutes: minutes,
    longRunFactor: z.number().min(1).max(4),
    quality: Quality,
  })
  .refine((l) => l.peakEasyRunMinutes >= l.easyRunMinutes, {
    message: 'peakEasyRunMinutes must not be below easyRunMinutes',
    path: ['peakEasyRunMinutes'],
  })
  .refine((l) => l.minRunMinutes <= l.easyRunMinutes, {
    message: 'minRunMinutes must not be above easyRunMinutes',
    path: ['minRunMinutes'],
  });
export type ContinuousRules = z.infer<typeof ContinuousRules>;

export const Routine = z.strictObject({
  minutes: z.int().min(0).max(60),
  activity: text,
  drills: z.array(Id),
});
export type Routine = z.infer<typeof Routine>;

const perLevel = <T extends z.ZodType>(schema: T) =>
  z.strictObject({ beginner: schema, intermediate: schema, advanced: schema });

export const Rules = z
  .strictObject({
    week: z.strictObject({
      restDays: z.int().min(0).max(6),
      hardRunKinds: z.array(RunKind),
    }),
    volume: z.strictObject({
      growthCap: share,
      weeklyGrowth: z.number().min(0).lt(1),
      singleRunSpike: z.number().min(0).max(1),
      spikeWindowWeeks: z.int().min(1).max(12),
      longRunShare: z.array(z.strictObject({ runs: z.int().min(1).max(7), max: share })).min(1),
      deload: z.strictObject({ every: z.int().min(2).max(8), reduction: share }),
    }),
    levels: z.strictObject({
      beginner: BeginnerRules,
      intermediate: ContinuousRules,
      advanced: ContinuousRules,
    }),
    runs: z.strictObject({
      easy: z.strictObject({ title: text, mainSet: text }),
      long: z.strictObject({ title: text, mainSet: text }),
      runWalk: z.strictObject({ title: text, continuousTitle: text }),
    }),
    qualitySessions: z.record(Id, QualitySession),
    warmup: perLevel(Routine),
    cooldown: perLevel(Routine),
    strength: z.strictObject({
      minutes: minutes,
      warmup: text,
      warmupMinutes: z.int().min(0).max(30),
      exercisesPerSession: z.int().min(3).max(12),
      weeksPerLevel: z.int().min(1).max(12),
      timing: z.strictObject({
        secondsPerRep: z.number().gt(0).max(30),
        restBetweenSets: z.int().min(0).max(300),
        switchSides: z.int().min(0).max(60),
        betweenExercises: z.int().min(0).max(300),
      }),
    }),
    recovery: z.strictObject({
      minutes: minutes,
      activities: z.array(text).min(1),
      mobility: z.array(Id),
    }),
    rest: z.strictObject({ activity: text }),
    adaptation: z.strictObject({
      pain: z.strictObject({ safeMax: z.int().min(0).max(10), acceptableMax: z.int().min(0).max(10) }),
      specialist: z.strictObject({ checkIns: z.int().min(1).max(28), window: z.int().min(1).max(28), days: z.int().min(1).max(365) }),
      load: z.strictObject({
        acuteDays: z.int().min(1).max(28),
        chronicDays: z.int().min(7).max(90),
        high: z.number().gt(1).max(3),
        low: z.number().gt(0).lt(1),
        trim: share,
        minHistoryDays: z.int().min(1).max(90),
      }),
    }),
    defaultProfile: Profile,
  })
  .refine((r) => r.volume.weeklyGrowth <= r.volume.growthCap, {
    message: 'weeklyGrowth must not exceed growthCap',
    path: ['volume', 'weeklyGrowth'],
  });
export type Rules = z.infer<typeof Rules>;
