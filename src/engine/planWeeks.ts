import type { DateTime } from 'luxon';
import type { Dataset } from '../dataset/dataset.js';
import { UserError } from '../errors.js';
import { JOINTS, WEEKDAYS, type Joint, type RunKind } from '../schema/constants.js';
import type { Exercise } from '../schema/exercises.js';
import type { Day, Drill, Plan, RoutinePlan, RunDay, Week } from '../schema/plan.js';
import type { Profile } from '../schema/profile.js';
import type { Routine, Rules } from '../schema/rules.js';
import type { Surface } from '../schema/surfaces.js';
import { checkProfile } from './checkProfile.js';
import { doseText } from './dose.js';
import { addDays, dayNumber, daysBetween, fromDayNumber, mondayOf } from './load.js';
import { checkRaceTimeline, distanceName, distanceRules, isRaceDeload, phaseOf, planRaceVolumes, raceDay, raceRules, raceWeekIndex, shakeoutContent, maintained, type Phase } from './race.js';
import { isDeloadWeek, lowestWeek, planVolumes, runWalkStep, weekOfTopRung, type ContinuousKind } from './progression.js';
import { continuousContent, qualityTurn, qualityVariant, runWalkContent } from './runSession.js';
import { strengthPlanner } from './strength.js';
import { rotateSurfaces, surfaceCycle, surfaceOfRun, surfacesFor, type SurfaceCycle, type SurfaceRun } from './surfaces.js';
import { planWeekSkeleton, type Slot } from './weekSkeleton.js';

export interface PlanRequest {
  profile: Profile;
  dataset: Dataset;
  /** The first day of the plan; weeks run seven days from it. */
  start: DateTime;
  weeks: number;
  /**
   * The week of training (0 for the first) that the calendar week of `start` is. Without
   * it, weeks count from the profile's `startDate` (or from `start` when there is none).
   * Progression, deload rhythm, the run-walk ladder and every rotation count from there,
   * so a date gets the same session whatever window asks for it.
   */
  firstWeek?: number;
}

export const MAX_WEEKS = 104;

const RUN_SLOTS: readonly Slot[] = ['long', 'quality', 'easy', 'runWalk'];
const isRunSlot = (slot: Slot): slot is RunKind => RUN_SLOTS.includes(slot);

/** Drills and stretches by id, with their doses. */
export function planDrills(ids: readonly string[], byId: ReadonlyMap<string, Exercise>): Drill[] {
  return ids.map((id) => {
    const exercise = byId.get(id)!;
    return { id, name: exercise.name, dose: doseText(exercise.dose) };
  });
}

function routine(r: Routine, byId: ReadonlyMap<string, Exercise>): RoutinePlan {
  return { minutes: r.minutes, activity: r.activity, drills: planDrills(r.drills, byId) };
}


/**
 * The fixed Monday the rotations (surfaces, the choice of strength exercises, the kind of
 * quality session) count their weeks from, whatever the profile: a date gets the same
 * rotation with or without a saved profile, in any window and from any start, while
 * progression (volume, levels, the run-walk ladder) counts from where the runner started.
 */
export const ROTATION_ORIGIN = '2024-01-01';
const ROTATION_ORIGIN_DAY = dayNumber(ROTATION_ORIGIN);

/** The weekday of a day number, 0 for Monday (day 0, 1970-01-01, was a Thursday). */
const weekdayOf = (day: number): number => (((day + 3) % 7) + 7) % 7;

/** Weeks between the rotation origin and the week of `date` (negative before it). */
export const rotationWeekOf = (date: string): number => daysBetween(ROTATION_ORIGIN, mondayOf(date)) / 7;

/** Weeks of training between the profile's start date and the week of `date` (negative before it; 0 without a start date). */
export function trainingWeekOf(profile: Profile, date: string): number {
  if (!profile.startDate) return 0;
  return daysBetween(mondayOf(profile.startDate), mondayOf(date)) / 7;
}

type TurnRun = SurfaceRun & { day: number };

/**
 * Surface rotations already worked out, by layout and surfaces: forward from the origin
 * (over `turns` weeks, or every week once the choices repeat), and backward from it.
 */
interface Rotation {
  forward?: { cycle: SurfaceCycle; turns: number };
  backward: Map<string, string>;
  backwardTurns: number;
}
const rotations = new WeakMap<Rules, Map<string, Rotation>>();

/**
 * The surface of each run from the rotation origin: forward over the turns from 0, and
 * backward from the origin's first run for turns before it. Each result only ever depends
 * on the runs up to a week after it, so longer rotations agree with shorter ones and are
 * kept for the next request with the same layout and surfaces. Forward, the choices repeat
 * once a week's runs start from a state seen a period before (most layouts a period in),
 * so a year far from the origin costs no more than the first few periods.
 */
function surfaceRotation(key: string, rules: Rules, period: number, runsOfTurn: (turn: number) => TurnRun[], available: readonly Surface[], firstTurn: number, lastTurn: number): (turn: number, day: number) => string {
  let byKey = rotations.get(rules);
  if (!byKey) rotations.set(rules, (byKey = new Map<string, Rotation>()));
  let cached = byKey.get(key);
  if (!cached) byKey.set(key, (cached = { backward: new Map(), backwardTurns: 0 }));
  const entry = cached;
  // The runs of a turn, by weekday, in the order the rotation takes them.
  const runDays = runsOfTurn(0).map((r) => r.day);
  const runIndex = (turn: number, day: number) => turn * runDays.length + runDays.indexOf(day);
  const rotate = (turns: number) => ({ cycle: surfaceCycle(Array.from({ length: turns }, (_, w) => runsOfTurn(w)).flat(), available, undefined, period), turns });
  // One week more than needed each way, so that the last run sees the run after it.
  const forwardTurns = Math.max(1, lastTurn + 2);
  if (!entry.forward || (!entry.forward.cycle.repeats && forwardTurns > entry.forward.turns)) {
    const turns = Math.max(forwardTurns, 2 * (entry.forward?.turns ?? 0));
    // A period and two weeks, then twice as many, until the choices repeat or the weeks asked are covered.
    let forward = rotate(Math.min(turns, period + 2));
    while (!forward.cycle.repeats && turns > forward.turns) forward = rotate(Math.min(turns, 2 * forward.turns));
    entry.forward = forward;
  }
  const forward = entry.forward.cycle;
  const backwardTurns = Math.max(0, 1 - firstTurn);
  if (backwardTurns > entry.backwardTurns) {
    const turns = Math.max(backwardTurns, 2 * entry.backwardTurns);
    const backward = Array.from({ length: turns }, (_, k) => runsOfTurn(-1 - k).reverse()).flat();
    // Walking back from the origin, the runs just after it are the ones "just before".
    const after = Array.from({ length: 2 }, (_, w) => runsOfTurn(w)).flat().map((r) => surfaceOfRun(forward, runIndex(r.week, r.day))!);
    rotateSurfaces(backward, available, after[0], period, after).forEach((id, i) => entry.backward.set(`${backward[i]!.week}:${backward[i]!.day}`, id));
    entry.backwardTurns = turns;
  }
  return (turn, day) => (turn >= 0 ? surfaceOfRun(forward, runIndex(turn, day)) : entry.backward.get(`${turn}:${day}`))!;
}

/** Refuse a plan length outside 1 to MAX_WEEKS. */
function checkWeeks(weeks: number): void {
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > MAX_WEEKS) {
    throw new UserError(`weeks: plan 1 to ${MAX_WEEKS} weeks, not ${weeks}`, { field: 'weeks' });
  }
}

/**
 * The Monday a plan from `start` counts its weeks of training from: `firstWeek` weeks
 * before the week of `start`, or the profile's start date's Monday (the week of `start`
 * without one).
 */
function originOf(profile: Profile, start: string, firstWeek: number | undefined): string {
  const week0 = firstWeek ?? trainingWeekOf(profile, start);
  return addDays(mondayOf(start), -7 * week0);
}

/** Build `weeks` weeks of training from a profile. Pure: the same request gives the same plan. */
export function planWeeks({ profile, dataset, start, weeks, firstWeek }: PlanRequest): Plan {
  checkWeeks(weeks);
  const from = start.toISODate()!;
  return makePlanner(profile, dataset, originOf(profile, from, firstWeek)).plan(from, weeks);
}

/**
 * One runner's plans, whatever window asks for them: what depends only on the profile,
 * the dataset and the Monday training counts from is worked out once (the week's layout,
 * the volumes, the routines, the strength pool), and each date is planned once.
 */
export interface Planner {
  /** The Monday week 0 of training begins. */
  readonly origin: string;
  /** `weeks` weeks from `start` (YYYY-MM-DD); weeks run seven days from it. */
  plan(start: string, weeks: number): Plan;
}

/**
 * Planners for one request, so that the window shown, the horizon the adaptations are
 * worked out over and the weeks before the plan share their days: no date is planned
 * twice. A cache lives only as long as the request that made it.
 */
export class PlanCache {
  readonly #planners = new Map<Profile, Map<string, Planner>>();
  readonly #dataset: Dataset;

  constructor(dataset: Dataset) {
    this.#dataset = dataset;
  }

  /** The planner for a profile counting its weeks from `origin` (a Monday). */
  planner(profile: Profile, origin: string): Planner {
    let byOrigin = this.#planners.get(profile);
    if (!byOrigin) this.#planners.set(profile, (byOrigin = new Map<string, Planner>()));
    let planner = byOrigin.get(origin);
    if (!planner) byOrigin.set(origin, (planner = makePlanner(profile, this.#dataset, origin)));
    return planner;
  }

  /** planWeeks, sharing the days already planned for the same profile and weeks of training. */
  planWeeks({ profile, start, weeks, firstWeek }: Omit<PlanRequest, 'dataset' | 'start'> & { start: string }): Plan {
    checkWeeks(weeks);
    return this.planner(profile, originOf(profile, start, firstWeek)).plan(start, weeks);
  }
}

/** A day to plan: its date, week of training, rotation week, weekday (0 = Monday) and what it holds. */
interface DayToPlan {
  date: string;
  week: number;
  turn: number;
  weekday: number;
  slot: Slot;
}

function makePlanner(profile: Profile, dataset: Dataset, origin: string): Planner {
  checkProfile(profile, dataset);
  const { rules } = dataset;
  const level = profile.level;
  const continuous = level === 'beginner' ? undefined : rules.levels[level];
  const byId = new Map(dataset.exercises.map((e) => [e.id, e]));
  const equipment = new Set(profile.equipment);
  const available: Surface[] = dataset.surfaces.filter((s) => profile.surfaces.includes(s.id));

  const skeleton = planWeekSkeleton({
    level,
    runDays: profile.runDays,
    strengthDays: profile.strengthDays,
    longRunDay: profile.longRunDay,
    quality: continuous !== undefined && profile.runDays >= continuous.quality.fromRunDays,
    restDays: rules.week.restDays,
    hardRunKinds: rules.week.hardRunKinds,
  });
  if (!skeleton) {
    throw new UserError(`cannot fit ${profile.runDays} runs and ${profile.strengthDays} strength days into a week without two hard days in a row`);
  }
  const runDaysOfWeek = [0, 1, 2, 3, 4, 5, 6].filter((d) => isRunSlot(skeleton[d]!));
  const strengthDaysOfWeek = [0, 1, 2, 3, 4, 5, 6].filter((d) => skeleton[d] === 'strength');
  const originDay = dayNumber(origin);
  /** The week of training of a day (by its number), counted from the origin's Monday. */
  const weekOf = (day: number) => (day - weekdayOf(day) - originDay) / 7;

  // A race: phases counted back from race day.
  const race = profile.race && raceRules(rules);
  const goal = profile.race && race ? { ...profile.race, rules: race, d: distanceRules(profile.race.distance, race), week: raceWeekIndex(origin, profile.race.date), day: dayNumber(profile.race.date) } : undefined;
  const phaseAt = (week: number): Phase | undefined => (goal ? phaseOf(goal.week - week, goal.d) : undefined);
  // The run-walk ladder keeps its own rhythm; continuous runners' deloads count back from the taper.
  const deloadAt = (week: number) => (goal && continuous ? isRaceDeload(week, goal.week - week, goal.d, rules) : isDeloadWeek(week, rules));

  /**
   * What a weekday holds in a week of training: no quality in deload weeks or before the
   * level's first quality week. Toward a race: the race on its date, nothing hard and no
   * strength on the quiet days before it, recovery the day after and for the rest of race
   * week, easy runs only in race week and the recovery weeks.
   */
  const slotOf = (week: number, weekday: number): Slot => {
    const planned = skeleton[weekday]!;
    const w = Math.max(0, week);
    const run = isRunSlot(planned);
    if (goal) {
      const toRace = goal.day - (originDay + 7 * week + weekday);
      if (toRace === 0) return 'race';
      // The day before: a shakeout run (a new runner rests); the other quiet days: rest instead of a run.
      if (toRace === 1 && goal.rules.raceWeek.quietDays >= 1) return run ? (level === 'beginner' ? 'recovery' : 'easy') : planned === 'strength' ? 'recovery' : planned;
      if (toRace > 1 && toRace <= goal.rules.raceWeek.quietDays) return run ? 'rest' : planned === 'strength' ? 'recovery' : planned;
      // The days after: no running and no strength (walking and mobility), then easy runs for the rest of race week.
      if (toRace < 0 && -toRace <= goal.d.daysOffAfter) return run || planned === 'strength' ? 'recovery' : planned;
      if (toRace < 0 && goal.week === week) return run ? 'recovery' : planned;
      const phase = phaseAt(week);
      if (run && level !== 'beginner' && (phase === 'race' || phase === 'recovery')) return 'easy';
    }
    if (planned === 'quality' && (deloadAt(w) || w + 1 < continuous!.quality.fromWeek)) return 'easy';
    return planned;
  };

  const qualityOf = (turn: number) => qualityVariant(level as Exclude<typeof level, 'beginner'>, qualityTurn(turn, rules), rules);

  // Surfaces rotate over every run of the week's layout since the rotation origin, so any
  // window, any start date and any progression agree: a quality day that is easy this week
  // (a lighter week) keeps the surface of its turn.
  const runsOfTurn = (turn: number): TurnRun[] =>
    runDaysOfWeek.map((d) => {
      const kind = skeleton[d] as RunKind;
      const only = kind === 'quality' ? rules.qualitySessions[qualityOf(turn)]!.surfaces : undefined;
      return { kind, week: turn, day: d, ...(only ? { only } : {}) };
    });
  // The layout of quality kinds repeats every deload rhythm times the number of kinds.
  const period = rules.volume.deload.every * (continuous?.quality.kinds.length ?? 1);
  const rotationKey = `${skeleton.join()}|${level}|${available.map((x) => x.id).join()}`;

  const continuousRuns = new Map<number, readonly number[]>();
  /** The continuous runs of a week, in weekday order: what its minutes are split over (worked out once a week). */
  const runsOf = (w: number): readonly number[] => {
    let runs = continuousRuns.get(w);
    if (!runs) continuousRuns.set(w, (runs = runDaysOfWeek.filter((d) => ['easy', 'long', 'quality'].includes(slotOf(w, d)))));
    return runs;
  };
  const kindsOf = (w: number) => runsOf(w).map((d) => slotOf(w, d) as ContinuousKind);
  const startPoint = { weeklyMinutes: profile.weeklyMinutes, longestRun: profile.longestRun };
  if (goal && continuous) {
    checkRaceTimeline({ rules, level: continuous, distance: goal.distance, raceDate: goal.date, startDate: origin, kindsOf, start: startPoint });
  } else if (goal && goal.week < weekOfTopRung(rules, profile.runDays)) {
    const top = weekOfTopRung(rules, profile.runDays);
    throw new UserError(
      `a ${distanceName(goal.distance)} on ${goal.date} is too soon: the run-walk ladder reaches 30 minutes of continuous running in week ${top}, and the race should come after it; a race from ${addDays(goal.date, 7 * (top - goal.week))} would work`,
      { field: 'race' },
    );
  }
  // Each week's volume only depends on the weeks before it: worked out as far as asked, in
  // doubling steps, and kept.
  let volumes: { minutes: number[] }[] = [];
  const volumeOf = (w: number): { minutes: number[] } => {
    if (w >= volumes.length) {
      const weeks = Math.max(w + 1, 2 * volumes.length);
      volumes = goal
        ? planRaceVolumes({ rules, level: continuous!, distance: goal.d, raceWeek: goal.week, weeks, kindsOf, start: startPoint })
        : planVolumes({ weeks, rules, level: continuous!, kindsOf, start: startPoint });
    }
    return volumes[w]!;
  };

  /** Quality kinds of a race phase: the foundation and build take theirs, peak and taper the distance's; otherwise the level's. */
  const raceKinds = (week: number): readonly string[] | undefined => {
    const phase = phaseAt(week);
    if (!goal || !phase) return undefined;
    if (phase === 'foundation' || phase === 'build') return goal.rules.phases[phase].kinds;
    if (phase === 'peak' || phase === 'taper') return goal.d.peakKinds;
    return undefined;
  };
  /** The quality kind of a day: its turn, moved on to the next kind when this one needs another surface (a hill). */
  const variantOf = (week: number, turn: number, surface: string): string => {
    const kinds = raceKinds(week);
    if (!kinds) return qualityOf(turn);
    const n = qualityTurn(turn, rules);
    const fits = (k: string) => !rules.qualitySessions[k]?.surfaces || rules.qualitySessions[k].surfaces.includes(surface);
    for (let i = 0; i < kinds.length; i++) {
      const k = kinds[(((n + i) % kinds.length) + kinds.length) % kinds.length]!;
      if (fits(k)) return k;
    }
    return Object.keys(rules.qualitySessions).find(fits) ?? kinds[0]!;
  };
  const strengthMode = (week: number) => {
    const phase = phaseAt(week);
    return goal && phase && phase !== 'base' ? goal.rules.phases[phase].strength : 'progress';
  };
  /** Weeks of strength progression by a week: weeks that hold or maintain do not count (held[w]: those before week w). */
  const held = [0];
  const strengthWeek = (week: number) => {
    for (let u = held.length - 1; u < week; u++) held.push(held[u]! + (strengthMode(u) !== 'progress' ? 1 : 0));
    return week - held[Math.max(0, week)]!;
  };
  const strengthSession = strengthPlanner({ exercises: dataset.exercises, equipment, rules });

  // Warm-up and cool-down are the same for every run: built once, each run day gets its own copy.
  const warmup = routine(rules.warmup[level], byId);
  const cooldown = routine(rules.cooldown[level], byId);
  const recoveryMobility = planDrills(rules.recovery.mobility, byId);
  const raceDrills = goal ? planDrills(goal.rules.raceDay.warmupDrills, byId) : [];

  const bestLong = available.length ? surfacesFor('long', available)[0] : undefined;
  const buildDay = ({ date, week, turn, weekday: d, slot }: DayToPlan, surfaceOf: (turn: number, day: number) => string): Day => {
    const base = { date, weekday: WEEKDAYS[d]!, hard: isRunSlot(slot) && rules.week.hardRunKinds.includes(slot), adjustments: [], notes: [] as string[] };
    const w = Math.max(0, week);
    if (slot === 'race' && goal) return raceDay(goal.distance, goal.d, goal.rules, { ...base, hard: true }, [...raceDrills]);
    if (isRunSlot(slot)) {
      const shakeout = goal !== undefined && goal.day - dayNumber(date) === 1 && slot === 'easy';
      // A run the quiet days took away leaves its surface to the shakeout, so that the runs left keep taking turns.
      const restedRun = shakeout
        ? Array.from({ length: goal.rules.raceWeek.quietDays - 1 }, (_, k) => addDays(goal.date, -goal.rules.raceWeek.quietDays + k)).find((x) => isRunSlot(skeleton[weekdayOf(dayNumber(x))]!))
        : undefined;
      const surface = restedRun ? surfaceOf(rotationWeekOf(restedRun), weekdayOf(dayNumber(restedRun))) : surfaceOf(turn, d);
      const minutes = level === 'beginner' ? 0 : volumeOf(w).minutes[runsOf(w).indexOf(d)]!;
      const content =
        level === 'beginner'
          ? runWalkContent(runWalkStep(w, rules, profile.runDays), rules)
          : shakeout
            ? shakeoutContent(Math.min(minutes, goal.rules.raceWeek.shakeoutMinutes), goal.rules)
            : continuousContent(slot as ContinuousKind, minutes, level, rules, variantOf(w, turn, surface), surface);
      const run: RunDay = {
        ...base,
        type: 'run',
        ...content,
        surface,
        warmup: { ...warmup },
        cooldown: { ...cooldown },
      };
      if (slot === 'long' && bestLong && surface !== bestLong.id) {
        const name = available.find((s) => s.id === surface)!.name.toLowerCase();
        run.notes.push(`On ${name}, not ${bestLong.name.toLowerCase()}: no surface comes twice in a row`);
      }
      return run;
    }
    if (slot === 'strength') {
      const session = turn * profile.strengthDays + strengthDaysOfWeek.indexOf(d);
      return {
        ...base,
        type: 'strength',
        minutes: rules.strength.minutes,
        warmup: rules.strength.warmup,
        exercises: maintained(strengthSession(session, strengthWeek(w)), strengthMode(w)),
      };
    }
    if (slot === 'recovery') {
      return { ...base, type: 'recovery', minutes: rules.recovery.minutes, activities: rules.recovery.activities, mobility: [...recoveryMobility] };
    }
    return { ...base, type: 'rest', activity: rules.rest.activity };
  };

  // Each date belongs to the week of training of its own Monday-to-Sunday week, and to a
  // week of the rotations counted from a fixed Monday.
  const planned = new Map<number, Day>();
  const dayOn = (day: number, surfaceOf: (turn: number, day: number) => string): Day => {
    let built = planned.get(day);
    if (!built) {
      const weekday = weekdayOf(day);
      const week = weekOf(day);
      built = buildDay({ date: fromDayNumber(day), week, turn: (day - weekday - ROTATION_ORIGIN_DAY) / 7, weekday, slot: slotOf(week, weekday) }, surfaceOf);
      planned.set(day, built);
    }
    return built;
  };

  return {
    origin,
    plan(start: string, weeks: number): Plan {
      const first = dayNumber(start);
      const last = first + 7 * weeks - 1;
      const surfaceOf = surfaceRotation(rotationKey, rules, period, runsOfTurn, available, rotationWeekOf(start) - 1, rotationWeekOf(fromDayNumber(last)));
      // The volumes up to the window's last week, in one go.
      if (continuous) volumeOf(Math.max(0, weekOf(last)));
      const plan: Plan = { ...(goal ? { race: { date: goal.date, distance: goal.distance, name: distanceName(goal.distance) } } : {}), weeks: [], notes: [] };
      for (let w = 0; w < weeks; w++) {
        const weekDays = Array.from({ length: 7 }, (_, i) => dayOn(first + 7 * w + i, surfaceOf));
        const week = weekOf(first + 7 * w);
        const phase = phaseAt(week);
        plan.weeks.push({ number: week + 1, start: weekDays[0]!.date, deload: deloadAt(week), ...(phase ? { phase } : {}), days: weekDays, summary: summarise(weekDays) });
      }
      plan.notes.push(...startingNotes(profile, dataset, plan), ...overusedSurfaces(plan, available));
      return plan;
    },
  };
}

/**
 * A surface on more runs a week than it is meant for (the treadmill's one), because
 * nothing else the runner listed suits those runs: say so once, with its caution, rather
 * than break the rule in silence.
 */
function overusedSurfaces(plan: Plan, available: readonly Surface[]): string[] {
  return available.flatMap((surface) => {
    const max = surface.maxPerWeek;
    if (max === undefined) return [];
    const most = Math.max(0, ...plan.weeks.map((w) => w.days.filter((d) => d.type === 'run' && d.surface === surface.id).length));
    if (most <= max) return [];
    const caution = surface.caution ? ` ${surface.caution}` : '';
    return [
      `${surface.name}: up to ${most} runs a week, more than the ${max} it is meant for, as no other surface you listed suits them.${caution} A surface near you added with --surfaces spreads the load.`,
    ];
  });
}

/** What the runner should know about where the plan starts and how long the ladder takes. */
function startingNotes(profile: Profile, dataset: Dataset, plan: Plan): string[] {
  const { rules } = dataset;
  const notes: string[] = [];
  const lastNumber = plan.weeks.at(-1)!.number;
  if (profile.level === 'beginner') {
    const top = weekOfTopRung(rules, profile.runDays);
    const usual = weekOfTopRung(rules, rules.levels.beginner.runsPerRung);
    if (top > usual && plan.weeks[0]!.number < top) {
      notes.push(
        `With ${profile.runDays} runs a week each run-walk step gets ${rules.levels.beginner.runsPerRung} runs, so continuous running comes in week ${top} rather than week ${usual}: take your time.`,
      );
    }
    if (lastNumber >= top) {
      notes.push(`From week ${Math.max(top, plan.weeks[0]!.number)} you run the top of the run-walk ladder; when it feels easy, try --level intermediate.`);
    }
    return notes;
  }
  const level = rules.levels[profile.level];
  const lowest = lowestWeek(level, profile.runDays);
  if (plan.weeks[0]!.number > rules.volume.spikeWindowWeeks) return notes;
  if (profile.weeklyMinutes !== undefined && profile.weeklyMinutes < lowest) {
    notes.push(`You run about ${profile.weeklyMinutes} min a week; ${profile.level} weeks start at ${lowest} min. If that is a big step, --level beginner builds up with run-walk.`);
  } else if (profile.longestRun !== undefined && profile.longestRun < level.minRunMinutes) {
    notes.push(`Your longest recent run was ${profile.longestRun} min; ${profile.level} runs last ${level.minRunMinutes} min or more. If that is a big step, --level beginner builds up with run-walk.`);
  }
  return notes;
}

export function summarise(days: readonly Day[]): Week['summary'] {
  const joints = new Set<Joint>();
  const surfaces: string[] = [];
  let runMinutes = 0;
  for (const day of days) {
    if (day.type === 'run') {
      runMinutes += day.minutes;
      if (!surfaces.includes(day.surface)) surfaces.push(day.surface);
    }
    if (day.type === 'strength') day.exercises.forEach((e) => e.joints.forEach((j) => joints.add(j)));
  }
  return { runMinutes, hardDays: days.filter((d) => d.hard).length, surfaces, joints: JOINTS.filter((j) => joints.has(j)) };
}
