// Imported activities into check-ins, never losing anything: a day's existing check-in keeps
// what the runner said (pain, effort, note) and gains the activities' figures; activities
// already in the log are recognised by their id and add nothing. Pure functions.
import type { PainSite, UnrecordedField } from '../schema/constants.js';
import type { CheckIn, ImportedActivity } from '../schema/log.js';
import type { DatedActivity } from './activity.js';

/** A day the import changes: its check-in (if any) and the activities new to it. */
export interface ImportDay {
  date: string;
  existing?: CheckIn;
  /** New activities, in start order. */
  added: ImportedActivity[];
}

export interface SortedActivities {
  /** Days with new activities, in date order. */
  days: ImportDay[];
  /** Activities the log holds already (or found twice in this import): nothing is added for them. */
  already: number;
}

/** Which activities are new, by day. */
export function sortActivities(checkIns: readonly CheckIn[], activities: readonly DatedActivity[]): SortedActivities {
  const known = new Set(checkIns.flatMap((c) => c.activities?.map((a) => a.id) ?? []));
  const byDate = new Map(checkIns.map((c) => [c.date, c]));
  const days = new Map<string, ImportDay>();
  let already = 0;
  for (const { date, ...activity } of [...activities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    if (known.has(activity.id)) {
      already++;
      continue;
    }
    known.add(activity.id);
    const day = days.get(date) ?? { date, ...(byDate.has(date) ? { existing: byDate.get(date)! } : {}), added: [] };
    day.added.push(activity);
    days.set(date, day);
  }
  return { days: [...days.values()].sort((a, b) => (a.date < b.date ? -1 : 1)), already };
}

/** Effort and pain for a new day, from the runner; left out, they are recorded as not recorded. */
export interface DayAnswers {
  rpe?: number;
  pain?: Partial<Record<PainSite, number>>;
}

export interface DayPlan {
  /** The plan's session type for the day, when the plan covers it. */
  planned?: CheckIn['planned'];
  /** The plan's surface for a run that day. */
  surface?: string;
}

export interface MergeOptions {
  answers: DayAnswers;
  plan: DayPlan;
  /** `--surface`: the surface of every run imported. */
  surface?: string;
  /** Surface ids the dataset knows: a file's sub-sport is used when it names one of them. */
  knownSurfaces: readonly string[];
  recordedAt: string;
}

/** A FIT sub-sport (or TCX/GPX word) as a surface id. */
const SUB_SPORT_SURFACES: Record<string, string> = { street: 'pavement', road: 'pavement', trail: 'trail', track: 'track', treadmill: 'treadmill', 'indoor-running': 'treadmill' };

const MAX_MINUTES = 600;

/** The surface of a day's runs: `--surface`, else what the file says, else the plan's. */
function surfaceOf(activities: readonly ImportedActivity[], options: MergeOptions): string | undefined {
  const runs = activities.filter((a) => a.sport === 'run');
  if (!runs.length) return undefined;
  if (options.surface) return options.surface;
  const fromFile = runs.map((a) => a.subSport && SUB_SPORT_SURFACES[a.subSport]).find((s) => s !== undefined && options.knownSurfaces.includes(s));
  return fromFile ?? options.plan.surface;
}

/** Minutes, distance and heart rate of a day's activities together: two runs are summed, heart rate weighted by time. */
function totals(activities: readonly ImportedActivity[]): Pick<CheckIn, 'distanceMetres' | 'heartRate'> & { minutes: number } {
  const minutes = activities.reduce((sum, a) => sum + a.minutes, 0);
  const measured = activities.filter((a) => a.distanceMetres !== undefined);
  const timed = activities.filter((a) => a.heartRate !== undefined && a.minutes > 0);
  const timedMinutes = timed.reduce((sum, a) => sum + a.minutes, 0);
  return {
    minutes,
    ...(measured.length ? { distanceMetres: measured.reduce((sum, a) => sum + a.distanceMetres!, 0) } : {}),
    ...(timedMinutes ? { heartRate: Math.round(timed.reduce((sum, a) => sum + a.heartRate! * a.minutes, 0) / timedMinutes) } : {}),
  };
}

/**
 * A day's minutes with new activities: added to what was logged, except that a run the
 * runner typed in and the same run from the watch are one session, not two: the longer
 * figure stands.
 */
function mergedMinutes(existing: CheckIn, added: readonly ImportedActivity[]): number {
  const addedMinutes = added.reduce((sum, a) => sum + a.minutes, 0);
  const typedRun = !existing.activities && existing.status !== 'skipped' && (existing.planned === 'run' || existing.surface !== undefined);
  const runs = added.filter((a) => a.sport === 'run');
  if (typedRun && runs.length) {
    const runMinutes = runs.reduce((sum, a) => sum + a.minutes, 0);
    return Math.max(existing.minutes, runMinutes) + addedMinutes - runMinutes;
  }
  return existing.minutes + addedMinutes;
}

/**
 * The day's check-in after the import. A check-in the runner made keeps its pain, effort,
 * note and surface, and gains the activities' minutes, distance and heart rate. A new day records what the runner
 * answered, and lists what they did not as not recorded: never as 0.
 */
export function mergeDay(day: ImportDay, options: MergeOptions): CheckIn {
  const activities = [...(day.existing?.activities ?? []), ...day.added];
  const sum = totals(activities);
  const surface = day.existing?.surface ?? surfaceOf(activities, options);
  const figures = { ...(surface ? { surface } : {}), ...(sum.distanceMetres === undefined ? {} : { distanceMetres: sum.distanceMetres }), ...(sum.heartRate === undefined ? {} : { heartRate: sum.heartRate }), activities };
  if (day.existing) {
    const existing = day.existing;
    const minutes = Math.min(MAX_MINUTES, mergedMinutes(existing, day.added));
    // A day marked skipped that has an activity was not skipped; its effort of 0 meant rest, so it is unknown now.
    if (existing.status === 'skipped') {
      const done: CheckIn = { ...existing, status: 'done', minutes, ...figures, notRecorded: [...new Set([...(existing.notRecorded ?? []), 'rpe' as const])] };
      delete done.rpe;
      return done;
    }
    return { ...existing, minutes, ...figures };
  }
  const notRecorded: UnrecordedField[] = [...(options.answers.rpe === undefined ? (['rpe'] as const) : []), ...(options.answers.pain === undefined ? (['pain'] as const) : [])];
  return {
    date: day.date,
    status: 'done',
    ...(options.plan.planned ? { planned: options.plan.planned } : {}),
    minutes: Math.min(MAX_MINUTES, sum.minutes),
    ...(options.answers.rpe === undefined ? {} : { rpe: options.answers.rpe }),
    pain: options.answers.pain ?? {},
    ...(notRecorded.length ? { notRecorded } : {}),
    recordedAt: options.recordedAt,
    ...figures,
  };
}
