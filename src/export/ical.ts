import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus, type ICalEventData } from 'ical-generator';
import { DateTime } from 'luxon';
import type { Dataset } from '../dataset/dataset.js';
import { DISCLAIMER } from '../disclaimer.js';
import type { Day, Plan, PlannedExercise, RoutinePlan } from '../schema/plan.js';
import { sessionMinutes } from '../engine/runSession.js';
import { vtimezone } from './vtimezone.js';

export interface CalendarRequest {
  plan: Plan;
  dataset: Dataset;
  /** IANA zone the events are in. */
  zone: string;
  /** Local start time, HH:MM. */
  time: string;
  allDay: boolean;
  includeRest: boolean;
  /** Put before every summary, for calendars that ignore categories. */
  prefix?: string;
  /** When the file is made: DTSTAMP, and the SEQUENCE that lets a re-import update events. */
  stamp: DateTime;
  /**
   * Dates in the plan that an earlier export gave an event but that have none now (a
   * training day that became a rest day): written as cancelled events with the same UID,
   * so that calendars drop the old event on re-import.
   */
  cancelled?: readonly string[];
  /** A reminder this many minutes before each session (a VALARM). */
  alarmMinutes?: number;
}

const JOINT_WORDS = { ankle: 'ankles', knee: 'knees', hip: 'hips' } as const;
const CATEGORY = { run: 'Run', strength: 'Strength', recovery: 'Recovery', rest: 'Rest', race: 'Race' } as const;

/** One event a day: the UID depends only on the date, so re-importing updates instead of duplicating. */
export const eventUid = (date: string) => `durable-${date}@durable.training`;

export function eventSummary(day: Day): string {
  switch (day.type) {
    case 'run':
      return `${day.title} ${Math.ceil(day.minutes)} min, ${day.surface}`;
    case 'strength':
      return `Strength: ${[...new Set(day.exercises.flatMap((e) => e.joints))].map((j) => JOINT_WORDS[j]).join(', ')}`;
    case 'recovery':
      return 'Recovery: easy movement and mobility';
    case 'rest':
      return 'Rest day';
    case 'race':
      return day.title;
  }
}

function routineLines(label: string, routine: RoutinePlan): string[] {
  return [`${label} (${routine.minutes} min): ${routine.activity}`, ...routine.drills.map((d) => `  - ${d.name}: ${d.dose}`)];
}

function exerciseLines(exercises: PlannedExercise[], dataset: Dataset): string[] {
  return exercises.map((e) => {
    const levels = dataset.exercises.find((x) => x.id === e.id)?.levels.length ?? e.level;
    return `  - ${e.name}: ${e.doseText} (level ${e.level} of ${levels}: ${e.levelName})`;
  });
}

/** The event's description: everything needed to do the session without opening the terminal. */
export function eventDescription(day: Day, dataset: Dataset): string {
  const lines: string[] = [...day.adjustments.map((a) => `Changed: ${a}`)];
  switch (day.type) {
    case 'run': {
      lines.push(...routineLines('Warm-up', day.warmup));
      const step = day.intervals;
      const main =
        step && step.walkSeconds > 0
          ? `${day.title}: run ${spell(step.runSeconds)}, walk ${spell(step.walkSeconds)}; ${step.repeats} times (${day.minutes} min in all)`
          : `${day.title}: ${day.mainSet}`;
      lines.push(`Main set: ${main}`);
      lines.push(...routineLines('Cool-down', day.cooldown));
      const surface = dataset.surfaces.find((s) => s.id === day.surface);
      if (surface) lines.push(`Surface: ${surface.name}. ${surface.caution ?? surface.goodFor}`);
      break;
    }
    case 'strength':
      lines.push(`Warm-up: ${day.warmup}`, 'Exercises:', ...exerciseLines(day.exercises, dataset));
      break;
    case 'recovery':
      lines.push(...day.activities, 'Mobility:', ...day.mobility.map((d) => `  - ${d.name}: ${d.dose}`));
      if (day.exercises?.length) lines.push('Easy exercises:', ...exerciseLines(day.exercises, dataset));
      break;
    case 'rest':
      lines.push(day.activity);
      break;
    case 'race':
      lines.push(...routineLines('Race warm-up', day.warmup), `Pacing: ${day.pacing}`, `After: ${day.after}`);
      break;
  }
  lines.push(...day.notes, '', DISCLAIMER);
  return lines.join('\n');
}

function spell(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (!minutes) return `${rest} seconds`;
  const m = `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return rest ? `${m} ${rest} seconds` : m;
}

/**
 * A local time on a date. When the clocks fall back and the time happens twice, the
 * first occurrence, as RFC 5545 reads an ambiguous DTSTART; when they spring forward
 * over it, the same time after the change.
 */
export function firstOccurrence(date: string, time: string, zone: string): DateTime {
  const later = DateTime.fromISO(`${date}T${time}`, { zone });
  const earlier = later.minus({ hours: 1 });
  return earlier.toFormat('yyyy-MM-dd HH:mm') === later.toFormat('yyyy-MM-dd HH:mm') ? earlier : later;
}

/** Whether the local time of `moment` also names another moment (a fall-back hour). */
function isAmbiguous(moment: DateTime): boolean {
  const wall = moment.toFormat('yyyy-MM-dd HH:mm');
  return [-1, 1].some((hours) => moment.plus({ hours }).toFormat('yyyy-MM-dd HH:mm') === wall);
}

/**
 * Text for a calendar: control characters (escape sequences from a dataset file or a
 * prefix) are dropped, tabs become spaces; newlines stay, ical-generator escapes them.
 */
export function calendarText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\t/g, ' ').replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '');
}

/**
 * A day an earlier export had an event for, and that has none now: the same UID with
 * STATUS:CANCELLED and a higher SEQUENCE, which calendars take as "this event is off".
 */
function cancelledEvent(day: Day, sequence: number, stamp: DateTime, prefix: string | undefined): ICalEventData {
  const start = DateTime.fromISO(day.date, { zone: 'UTC' });
  return {
    id: eventUid(day.date),
    sequence,
    stamp: stamp.toUTC(),
    start,
    end: start.plus({ days: 1 }),
    allDay: true,
    timezone: null,
    status: ICalEventStatus.CANCELLED,
    summary: calendarText(`${prefix ?? ''}Cancelled: no session planned`),
    description: `The plan no longer has a session on this day.\n\n${DISCLAIMER}`,
    categories: [{ name: 'durable' }],
  };
}

const isUtc = (zone: string) => ['utc', 'etc/utc', 'gmt', 'etc/gmt', 'z'].includes(zone.toLowerCase());

/** The days of a plan that get an event in the calendar file. */
export function exportedDays(plan: Plan, includeRest: boolean): Day[] {
  return plan.weeks.flatMap((w) => w.days).filter((day) => includeRest || day.type !== 'rest');
}

/** The plan as an iCalendar (RFC 5545) text. Pure: the same request gives the same text. */
export function planToICalendar(request: CalendarRequest): string {
  const { plan, dataset, zone, time, allDay, includeRest, prefix, stamp, cancelled = [], alarmMinutes } = request;
  const days = plan.weeks.flatMap((w) => w.days);
  const first = DateTime.fromISO(days[0]!.date, { zone });
  const last = DateTime.fromISO(days.at(-1)!.date, { zone });
  const calendar = ical({
    prodId: { company: 'durable', product: 'durable training planner', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: 'durable training',
    // Each timed event carries its zone (DTSTART;TZID=...) and the calendar adds a VTIMEZONE
    // for it. Naming the zone on the calendar instead would make ical-generator write
    // floating local times, DTSTAMP included.
    timezone: { name: null, generator: (tz) => vtimezone(tz, first, last) },
  });
  // Calendars take a higher SEQUENCE as the newer version of an event with the same UID.
  const sequence = Math.max(0, Math.floor(stamp.toUTC().diff(DateTime.fromISO('2024-01-01T00:00:00Z'), 'minutes').minutes));
  const withEvent = new Set(exportedDays(plan, includeRest).map((d) => d.date));
  for (const day of days) {
    if (!withEvent.has(day.date)) {
      if (cancelled.includes(day.date)) calendar.createEvent(cancelledEvent(day, sequence, stamp, prefix));
      continue;
    }
    // A date the zone skipped (Samoa's 30 December 2011) has no local time: its session
    // becomes an all-day event on its own date rather than a second event the next day.
    const timed = allDay || day.type === 'rest' || day.type === 'race' ? undefined : firstOccurrence(day.date, time, zone);
    const whole = timed === undefined || timed.toISODate() !== day.date;
    const start = whole ? DateTime.fromISO(day.date, { zone: 'UTC' }) : timed;
    const end = whole ? start.plus({ days: 1 }) : start.plus({ minutes: sessionMinutes(day) });
    // Local times name one moment only when the clocks do not change within the event:
    // otherwise (a fall-back night) both ends are written in UTC, so they agree.
    const local = !whole && !isUtc(zone) && !isAmbiguous(start) && start.offset === end.offset;
    const event: ICalEventData = {
      id: eventUid(day.date),
      sequence,
      stamp: stamp.toUTC(),
      start: whole || local ? start : start.toUTC(),
      end: whole || local ? end : end.toUTC(),
      allDay: whole,
      timezone: local ? zone : null,
      summary: calendarText(`${prefix ?? ''}${eventSummary(day)}`),
      description: calendarText(eventDescription(day, dataset)),
      categories: [{ name: 'durable' }, { name: CATEGORY[day.type] }],
      ...(alarmMinutes === undefined || day.type === 'rest'
        ? {}
        : { alarms: [{ type: ICalAlarmType.display, triggerBefore: alarmMinutes * 60, description: calendarText(`${prefix ?? ''}${eventSummary(day)}`) }] }),
    };
    calendar.createEvent(event);
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  const text = calendar.toString();
  return text.endsWith('\r\n') ? text : `${text}\r\n`;
}
