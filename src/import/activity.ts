// What an activity file gives durable: one activity per session recorded, with the
// figures a check-in can use. Pure: the time zone and "now" come in as parameters.
import { DateTime } from 'luxon';
import type { ActivitySport } from '../schema/constants.js';
import type { ImportedActivity } from '../schema/log.js';

/** A file that cannot be read as an activity: the message says why, in a runner's words. */
export class FileProblem extends Error {
  override name = 'FileProblem';
}

/** A session as a file records it, before it is placed on a day. */
export interface Recorded {
  /** Start, milliseconds since 1970 (UTC). */
  start: number;
  /** The file's word for the sport (FIT `running`, TCX `Running`, GPX `running` or Strava's `9`); undefined when it says none. */
  sport?: string;
  /** The file's word for the kind of session (FIT sub-sport: trail, track, treadmill, street). */
  subSport?: string;
  /** Moving (timer) time in seconds. */
  seconds: number;
  distanceMetres?: number;
  heartRate?: number;
}

/** An activity placed on a day in the runner's zone. */
export interface DatedActivity extends ImportedActivity {
  date: string;
}

/**
 * The sports durable knows, by the words files use for them: FIT sport names, TCX's
 * Sport attribute, GPX `<type>` from Garmin Connect, and Strava's numeric GPX types
 * (1 ride, 4 hike, 9 run, 10 walk).
 */
const SPORT_WORDS: Record<string, ActivitySport> = {
  running: 'run',
  run: 'run',
  trail_running: 'run',
  trailrun: 'run',
  treadmill_running: 'run',
  street_running: 'run',
  track_running: 'run',
  virtualrun: 'run',
  '9': 'run',
  walking: 'walk',
  walk: 'walk',
  hiking: 'walk',
  hike: 'walk',
  '4': 'walk',
  '10': 'walk',
  cycling: 'ride',
  biking: 'ride',
  ride: 'ride',
  virtualride: 'ride',
  e_biking: 'ride',
  '1': 'ride',
  swimming: 'swim',
  swim: 'swim',
  lap_swimming: 'swim',
  open_water_swimming: 'swim',
};

/** The durable sport for a file's word, or undefined for one it does not plan for (yoga, skiing...). */
export function sportOf(word: string): ActivitySport | undefined {
  return SPORT_WORDS[word.trim().toLowerCase().replace(/[\s-]+/g, '_')];
}

/** A FIT sub-sport or GPX word as an id: `Trail` -> `trail`, `indoor_running` -> `indoor-running`. */
const asId = (word: string): string | undefined => {
  const id = word
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(id) && id !== 'generic' && id.length <= 40 ? id : undefined;
};

/** An activity's id: its start time to the second, in UTC, and its sport. */
export const activityId = (start: number, sport: ActivitySport): string => `${new Date(Math.floor(start / 1000) * 1000).toISOString().replace('.000Z', 'Z')} ${sport}`;

export type Placed = { activity: DatedActivity } | { skipped: string };

/**
 * Place a recorded session on a day in `zone`. A sport durable does not plan for is
 * skipped with the reason; a start after `now` is a problem with the file.
 */
export function placeActivity(recorded: Recorded, zone: string, now: number, sportIfNone?: ActivitySport): Placed {
  if (!Number.isFinite(recorded.start)) throw new FileProblem('has no start time');
  if (recorded.start > now) throw new FileProblem(`starts in the future (${DateTime.fromMillis(recorded.start, { zone }).toFormat('yyyy-MM-dd HH:mm')}); check the watch's clock`);
  const start = DateTime.fromMillis(recorded.start, { zone });
  if (start.year < 1900) throw new FileProblem(`starts in ${start.year}; check the watch's clock`);
  const sport = recorded.sport === undefined ? sportIfNone : sportOf(recorded.sport);
  if (!sport) return { skipped: recorded.sport === undefined ? 'the file does not say its sport (pass --sport run if these were runs)' : `${recorded.sport.trim().toLowerCase()} is not a sport durable plans for` };
  const subSport = recorded.subSport === undefined ? undefined : asId(recorded.subSport);
  const activity: DatedActivity = {
    date: start.toISODate()!,
    id: activityId(recorded.start, sport),
    sport,
    ...(subSport ? { subSport } : {}),
    minutes: Math.min(1440, Math.round(Math.max(0, recorded.seconds) / 60)),
  };
  if (recorded.distanceMetres !== undefined && recorded.distanceMetres >= 0) activity.distanceMetres = Math.min(1_000_000, Math.round(recorded.distanceMetres));
  if (recorded.heartRate !== undefined && recorded.heartRate >= 20 && recorded.heartRate <= 250) activity.heartRate = Math.round(recorded.heartRate);
  return { activity };
}
