// Plain constants and the types they define, with no zod: the planner and the start-up
// path import these, and load the zod schemas only when a file needs validating.

export const JOINTS = ['ankle', 'knee', 'hip'] as const;
export type Joint = (typeof JOINTS)[number];

export const LEVELS = ['beginner', 'intermediate', 'advanced'] as const;
export type Level = (typeof LEVELS)[number];

/** Monday first, as ISO weekdays (luxon's `weekday` 1..7 maps to index + 1). */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const RUN_KINDS = ['easy', 'long', 'quality', 'runWalk'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

export const SIDES = ['left', 'right'] as const;
/** A joint on one side: `knee-left`. */
export const PAIN_SITES = JOINTS.flatMap((joint) => SIDES.map((side) => `${joint}-${side}` as const));
export type PainSite = (typeof PAIN_SITES)[number];
export const jointOf = (site: PainSite): Joint => site.split('-')[0] as Joint;

export const CHECKIN_STATUSES = ['done', 'partly', 'skipped'] as const;
export type CheckInStatus = (typeof CHECKIN_STATUSES)[number];

/** The session types a check-in records as planned for the day (a race is a run). */
export const PLANNED_SESSIONS = ['run', 'strength', 'recovery', 'rest'] as const;

/** A check-in's bounds: minutes of one day's session, effort (RPE) and pain on 0-10 scales. */
export const MAX_SESSION_MINUTES = 600;
export const MAX_EFFORT = 10;
export const MAX_PAIN = 10;

/** Lower-case words joined by hyphens: `single-leg-balance`, `wobble-board`. */
export const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** A race distance: 5k, 10k, half, marathon, or a custom one such as 15k or 10mi. */
export const RACE_DISTANCE = /^(5k|10k|half|marathon|\d{1,3}(\.\d{1,2})?(k|mi))$/;
export const RACE_DISTANCE_HINT = 'expected 5k, 10k, half, marathon or a distance such as 15k or 10mi';

/** A pace per km or mile, m:ss. */
export const PACE = /^\d{1,2}:[0-5]\d$/;

/** A race result: a distance and a time, h:mm:ss or mm:ss (10k=45:00, half=1:52:30). */
export const RECENT_RACE = /^([^=]+)=((\d{1,2}):)?(\d{1,2}):([0-5]\d)$/;

export const UNITS = ['km', 'mi'] as const;
export type Units = (typeof UNITS)[number];

/** A clock time, HH:MM. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Sports an imported activity can be: runs become run check-ins, the rest recovery or cross-training. */
export const ACTIVITY_SPORTS = ['run', 'walk', 'ride', 'swim'] as const;
export type ActivitySport = (typeof ACTIVITY_SPORTS)[number];

/** What a check-in can leave unrecorded (an activity imported without asking): never read as 0. */
export const UNRECORDED_FIELDS = ['rpe', 'pain'] as const;
export type UnrecordedField = (typeof UNRECORDED_FIELDS)[number];

/** A note is a few words about the day; more belongs in a diary. */
export const MAX_NOTE_LENGTH = 2000;
