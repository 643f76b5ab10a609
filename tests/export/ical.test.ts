import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { applyAdaptations } from '../../src/engine/adapt/index.js';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { sessionMinutes } from '../../src/engine/runSession.js';
import { eventDescription, eventSummary, planToICalendar, type CalendarRequest } from '../../src/export/ical.js';
import type { Plan } from '../../src/schema/plan.js';
import type { Profile } from '../../src/schema/profile.js';
import { builtIn, profile as makeProfile } from '../helpers.js';

const STAMP = DateTime.fromISO('2026-11-24T12:00:00Z');

function exportPlan(overrides: Partial<CalendarRequest> & { start: string; zone: string; weeks?: number; profile?: Profile }) {
  const { start, zone, weeks = 2, profile = makeProfile({ level: 'intermediate', runDays: 4 }), ...rest } = overrides;
  const plan = rest.plan ?? planWeeks({ profile, dataset: builtIn(), start: DateTime.fromISO(start, { zone }), weeks });
  const text = planToICalendar({ plan, dataset: builtIn(), zone, time: '07:00', allDay: false, includeRest: false, stamp: STAMP, ...rest });
  return { plan, text, events: parse(text) };
}

/** Read the file with ical.js, an independent parser, resolving times through the file's own VTIMEZONEs. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
  return {
    calendar,
    list: calendar.getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return {
        uid: event.uid,
        summary: event.summary,
        description: event.description,
        start: event.startDate,
        end: event.endDate,
        sequence: vevent.getFirstPropertyValue('sequence'),
        status: vevent.getFirstPropertyValue('status'),
        alarms: vevent.getAllSubcomponents('valarm').map((a) => ({
          action: a.getFirstPropertyValue('action'),
          trigger: String(a.getFirstPropertyValue('trigger')),
          description: a.getFirstPropertyValue('description'),
        })),
        categories: vevent.getAllProperties('categories').flatMap((p) => p.getValues() as string[]),
      };
    }),
  };
}

const days = (plan: Plan) => plan.weeks.flatMap((w) => w.days);
/** The wall-clock time in a zone of an event time, from its absolute instant. */
const localTime = (time: ICAL.Time, zone: string) => DateTime.fromSeconds(time.toUnixTime(), { zone }).toFormat('yyyy-MM-dd HH:mm');

describe('the calendar file', () => {
  test('has PRODID, METHOD:PUBLISH, and one event per training day matching the plan', () => {
    const { plan, text, events } = exportPlan({ start: '2026-11-23', zone: 'Europe/Berlin' });
    expect(text).toMatch(/^PRODID:-\/\/durable\/\/durable training planner\/\/EN\r$/m);
    expect(text).toMatch(/^METHOD:PUBLISH\r$/m);
    const training = days(plan).filter((d) => d.type !== 'rest');
    expect(events.list).toHaveLength(training.length);
    training.forEach((day, i) => {
      const event = events.list[i]!;
      expect(event.uid).toBe(`durable-${day.date}@durable.training`);
      expect(event.start.zone?.tzid).toBe('Europe/Berlin');
      expect(localTime(event.start, 'Europe/Berlin')).toBe(`${day.date} 07:00`);
      expect((event.end.toUnixTime() - event.start.toUnixTime()) / 60).toBe(sessionMinutes(day));
      expect(event.summary).toBe(eventSummary(day));
      expect(event.description).toBe(eventDescription(day, builtIn()));
      expect(event.description).toContain('not medical advice');
      expect(event.categories).toContain('durable');
    });
  });

  test('a run says its surface and spells out warm-up, main set and cool-down; run-walk intervals in words', () => {
    const { events } = exportPlan({ start: '2026-11-23', zone: 'Europe/Berlin', profile: makeProfile({ level: 'beginner', runDays: 3 }) });
    const run = events.list.find((e) => e.categories.includes('Run'))!;
    expect(run.summary).toMatch(/^Run-walk 20 min, \w+$/);
    expect(run.description).toContain('Warm-up (5 min): Brisk walk');
    expect(run.description).toContain('Main set: Run-walk: run 1 minute, walk 1 minute 30 seconds; 8 times (20 min in all)');
    expect(run.description).toContain('Cool-down (5 min)');
    const strength = events.list.find((e) => e.categories.includes('Strength'))!;
    expect(strength.summary).toBe('Strength: ankles, knees, hips');
    expect(strength.description).toMatch(/Single-leg balance: 3 x 30 s per leg \(level 1 of 3: on solid ground\)/);
  });

  test.each([
    ['Europe/Berlin', '2026-10-19'], // clocks go back on 25 Oct
    ['America/New_York', '2026-10-26'], // clocks go back on 1 Nov
    ['Australia/Sydney', '2026-09-28'], // clocks go forward on 4 Oct
    ['Pacific/Auckland', '2026-09-21'], // clocks go forward on 27 Sep
  ])('a 07:00 session stays at 07:00 local across the DST change in %s', (zone, start) => {
    const { plan, events } = exportPlan({ start, zone });
    const offsets = new Set<number>();
    for (const event of events.list) {
      expect(event.start.zone?.tzid).toBe(zone);
      expect(localTime(event.start, zone).slice(11)).toBe('07:00');
      offsets.add(DateTime.fromSeconds(event.start.toUnixTime(), { zone }).offset);
    }
    expect(offsets.size).toBe(2);
    expect(events.list.map((e) => e.start.toString().slice(0, 10))).toEqual(days(plan).filter((d) => d.type !== 'rest').map((d) => d.date));
  });

  test('all-day events last exactly their day; rest days only when asked', () => {
    const { plan, events } = exportPlan({ start: '2026-11-23', zone: 'America/New_York', allDay: true, includeRest: true });
    expect(events.list).toHaveLength(days(plan).length);
    events.list.forEach((event, i) => {
      expect(event.start.isDate).toBe(true);
      expect(event.start.toString()).toBe(days(plan)[i]!.date);
      expect(event.end.toString()).toBe(DateTime.fromISO(days(plan)[i]!.date).plus({ days: 1 }).toISODate());
    });
    expect(events.list.some((e) => e.summary === 'Rest day')).toBe(true);
  });

  test('UTC events are written in UTC', () => {
    const { events } = exportPlan({ start: '2026-11-23', zone: 'UTC' });
    expect(events.list[0]!.start.zone?.tzid).toBe('UTC');
    expect(events.list[0]!.start.toString()).toMatch(/T07:00:00Z$/);
  });

  test('a re-export keeps the UIDs and raises the sequence, so calendars update instead of duplicating', () => {
    const first = exportPlan({ start: '2026-11-23', zone: 'Europe/Berlin' });
    const again = exportPlan({ start: '2026-11-23', zone: 'Europe/Berlin', stamp: STAMP.plus({ days: 2 }) });
    expect(again.events.list.map((e) => e.uid)).toEqual(first.events.list.map((e) => e.uid));
    expect(Number(again.events.list[0]!.sequence)).toBeGreaterThan(Number(first.events.list[0]!.sequence));
    expect(exportPlan({ start: '2026-11-23', zone: 'Europe/Berlin' }).text).toBe(first.text);
  });

  test('reflects the adaptations from the check-in log', () => {
    const profile = makeProfile({ level: 'intermediate', runDays: 4 });
    const plan = planWeeks({ profile, dataset: builtIn(), start: DateTime.fromISO('2026-11-23', { zone: 'Europe/Berlin' }), weeks: 1 });
    const adapted = applyAdaptations({
      plan,
      checkIns: [{ date: '2026-11-23', status: 'done', minutes: 30, rpe: 5, pain: { 'knee-left': 7 }, recordedAt: '2026-11-23T19:00:00+01:00' }],
      profile,
      dataset: builtIn(),
      today: '2026-11-23',
    });
    const { events } = exportPlan({ start: '2026-11-23', zone: 'Europe/Berlin', plan: adapted });
    const tuesday = events.list.find((e) => e.uid === 'durable-2026-11-24@durable.training')!;
    expect(tuesday.summary).toBe('Recovery: easy movement and mobility');
    expect(tuesday.description).toMatch(/^Changed: Knee pain 7\/10 on Mon 23 Nov, above 5: no running until Thu 26 Nov/);
    const returning = events.list.find((e) => /Return step 1 of 4/.test(e.description ?? ''));
    expect(returning?.description).toMatch(/Return step 1 of 4, run 1 of 2, after knee pain 7\/10 on Mon 23 Nov, above 5: walk-run at 50 % of the planned minutes, easy/);
  });

  test('a day that an earlier export had, and that is now a rest day, is cancelled under the same UID', () => {
    const profile = makeProfile({ level: 'intermediate', runDays: 4 });
    const plan = planWeeks({ profile, dataset: builtIn(), start: DateTime.fromISO('2026-11-23', { zone: 'Europe/Berlin' }), weeks: 1 });
    const rest = days(plan).find((d) => d.type === 'rest')!;
    const training = days(plan).find((d) => d.type !== 'rest')!;
    const { events } = exportPlan({ start: '2026-11-23', zone: 'Europe/Berlin', plan, cancelled: [rest.date], stamp: STAMP.plus({ days: 1 }) });
    const cancelled = events.list.filter((e) => e.status === 'CANCELLED');
    expect(cancelled.map((e) => e.uid)).toEqual([`durable-${rest.date}@durable.training`]);
    expect(cancelled[0]!.start.toString()).toBe(rest.date);
    expect(Number(cancelled[0]!.sequence)).toBeGreaterThan(Number(exportPlan({ start: '2026-11-23', zone: 'Europe/Berlin', plan }).events.list[0]!.sequence));
    // Only days without a session now are cancelled; training days stay ordinary events.
    const withTraining = exportPlan({ start: '2026-11-23', zone: 'Europe/Berlin', plan, cancelled: [training.date] });
    expect(withTraining.events.list.filter((e) => e.status === 'CANCELLED')).toEqual([]);
    expect(withTraining.events.list.find((e) => e.uid === `durable-${training.date}@durable.training`)?.summary).toBe(eventSummary(training));
  });

  test('--alarm puts a reminder before every session, and on nothing else', () => {
    const profile = makeProfile({ level: 'intermediate', runDays: 4 });
    const plan = planWeeks({ profile, dataset: builtIn(), start: DateTime.fromISO('2026-11-23', { zone: 'Europe/Berlin' }), weeks: 1 });
    const rest = days(plan).find((d) => d.type === 'rest')!;
    const { events } = exportPlan({ start: '2026-11-23', zone: 'Europe/Berlin', plan, alarmMinutes: 30, includeRest: true, cancelled: [] });
    for (const event of events.list) {
      if (event.uid === `durable-${rest.date}@durable.training`) expect(event.alarms).toEqual([]);
      else expect(event.alarms).toEqual([{ action: 'DISPLAY', trigger: '-PT30M', description: event.summary }]);
    }
    expect(exportPlan({ start: '2026-11-23', zone: 'Europe/Berlin', plan }).events.list.every((e) => e.alarms.length === 0)).toBe(true);
  });
});
