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
  /** The main set on a treadmill, where it differs (hills: set the incline). */
  treadmillMainSet: text.optional(),
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

const pain = z.int().min(0).max(10);
const days = z.int().min(1).max(365);

/** How the plan reacts to the check-in log (src/engine/adapt/). */
export const Adaptation = z
  .strictObject({
    pain: z
      .strictObject({
        safeMax: pain,
        acceptableMax: pain,
        noRunningHours: z.int().min(0).max(336).multipleOf(24),
        shorterBy: share,
        holdDays: days,
        risingLookbackDays: z.int().min(8).max(28),
      })
      .refine((p) => p.safeMax < p.acceptableMax, { message: 'safeMax must be below acceptableMax', path: ['safeMax'] }),
    raceAtRisk: z.string().min(1),
    returnLadder: z
      .strictObject({
        steps: z
          .array(
            z
              .strictObject({ share: z.number().gt(0).max(1), runMinutes: z.int().min(1).max(60).optional(), walkMinutes: z.int().min(1).max(30).optional() })
              .refine((s) => (s.runMinutes === undefined) === (s.walkMinutes === undefined), { message: 'a walk-run step needs both runMinutes and walkMinutes' }),
          )
          .min(1),
        runsPerStep: z.int().min(1).max(7),
        unsettledStart: z.int().min(0),
      })
      .refine((l) => l.steps.every((s, i) => i === 0 || s.share >= l.steps[i - 1]!.share), { message: 'steps must not go down', path: ['steps'] })
      .refine((l) => l.unsettledStart < l.steps.length, { message: 'unsettledStart must be a step of the ladder', path: ['unsettledStart'] }),
    specialist: z.strictObject({
      recurringPain: pain.min(3),
      recurringCheckIns: z.int().min(1).max(28),
      recurringDays: days,
      severePain: pain.min(3),
      lastingDays: days,
      clearAfterPainFree: z.int().min(1).max(60),
    }),
    recoveryExercises: z.strictObject({ ankle: Id, knee: Id, hip: Id }),
    breakReturn: z.strictObject({ days: days, share: share, longestRunDays: days }),
    singleRun: z.strictObject({ maxGrowth: share, windowDays: days, minLogDays: days, minMinutes: minutes }),
    effortSpike: z.strictObject({
      loadFactor: z.number().gt(1).max(10),
      allOutRpe: z.int().min(1).max(10),
      days: z.int().min(1).max(14),
      plannedEffort: z.strictObject({ hard: z.int().min(1).max(10), easy: z.int().min(1).max(10) }),
    }),
    load: z
      .strictObject({
        acuteDays: z.int().min(1).max(28),
        chronicDays: z.int().min(7).max(90),
        high: z.number().gt(1).max(3),
        low: z.number().gt(0).lt(1),
        trim: share,
        minHistoryDays: z.int().min(1).max(365),
      })
      .refine((l) => l.minHistoryDays >= l.chronicDays, {
        message: 'minHistoryDays must cover the chronic window: days before the first check-in are not zero load',
        path: ['minHistoryDays'],
      }),
  });
export type Adaptation = z.infer<typeof Adaptation>;

/** A race distance's id: 5k, 10k, half, marathon. */
const DistanceId = z.string().regex(/^[a-z0-9]+$/, 'expected a distance id of lower-case letters and digits, e.g. 10k');
const strengthInPhase = z.enum(['progress', 'hold', 'maintenance']);

/** Race plans (data/rules.yaml `race:`): distances, phases counted back from race day, race day. */
export const RaceRules = z.strictObject({
  distances: z
    .array(
      z.strictObject({
        id: DistanceId,
        km: z.number().gt(0).max(400),
        taperWeeks: z.int().min(1).max(4),
        recoveryWeeks: z.int().min(0).max(4),
        /** Days after the race without running (walking and mobility instead). */
        daysOffAfter: z.int().min(1).max(14),
        /** Each recovery week's run minutes as a share of the peak week; no run longer than an easy run. */
        recoveryShares: z.array(share).min(1),
        longRun: z.strictObject({ target: minutes, min: minutes }).refine((l) => l.min <= l.target, { message: 'min must not be above target', path: ['min'] }),
        minRunDays: z.int().min(1).max(7),
        peakWeeks: z.int().min(0).max(12),
        buildWeeks: z.int().min(0).max(20),
        peakKinds: z.array(Id).min(1),
        warmupMinutes: z.int().min(0).max(60),
      }),
    )
    .min(1)
    .refine((d) => d.every((x, i) => i === 0 || x.km > d[i - 1]!.km), { message: 'distances must be listed shortest first' }),
  beginnerDistances: z.array(DistanceId),
  phases: z.strictObject({
    foundation: z.strictObject({ kinds: z.array(Id).min(1), strength: strengthInPhase }),
    build: z.strictObject({ kinds: z.array(Id).min(1), strength: strengthInPhase }),
    peak: z.strictObject({ strength: strengthInPhase }),
    taper: z.strictObject({ reduction: share, strength: strengthInPhase }),
    race: z.strictObject({ reduction: share, strength: strengthInPhase }),
    recovery: z.strictObject({ strength: strengthInPhase }),
  }),
  raceWeek: z.strictObject({ quietDays: z.int().min(0).max(6), shakeoutMinutes: minutes, shakeout: z.strictObject({ title: text, mainSet: text }) }),
  outlook: z.strictObject({ lookbackWeeks: z.int().min(1).max(12), lostBelow: share }),
  raceDay: z.strictObject({
    warmupActivity: text,
    longWarmupActivity: text,
    warmupDrills: z.array(Id),
    pacing: z.strictObject({ short: text, long: text }),
    longFromKm: z.number().gt(0),
    longWarmupFromKm: z.number().gt(0),
    after: text,
  }),
});
export type RaceRules = z.infer<typeof RaceRules>;

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
    adaptation: Adaptation,
    race: RaceRules.optional(),
    paces: z
      .strictObject({
        riegelExponent: z.number().min(1).max(1.2),
        easyFromTenK: z.number().min(1).max(2),
        tempoFromTenK: z.number().min(0.9).max(1.3),
        fartlekFromTenK: z.number().min(0.9).max(1.3),
        intervalsAtKm: z.number().gt(0).max(10),
      })
      .optional(),
    defaultProfile: Profile,
  })
  .refine((r) => r.volume.weeklyGrowth <= r.volume.growthCap, {
    message: 'weeklyGrowth must not exceed growthCap',
    path: ['volume', 'weeklyGrowth'],
  });
export type Rules = z.infer<typeof Rules>;
