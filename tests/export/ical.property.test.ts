import fc from 'fast-check';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { sessionMinutes } from '../../src/engine/runSession.js';
import { planToICalendar } from '../../src/export/ical.js';
import { builtIn } from '../helpers.js';
import { profileArb } from '../engine/arbitraries.js';

const ZONES = ['Europe/Berlin', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'America/Sao_Paulo', 'Australia/Sydney', 'Pacific/Auckland', 'Asia/Kolkata', 'Asia/Tokyo', 'UTC'];

test('every event starts at the chosen local time and lasts the session, in any zone, across any DST change', () => {
  fc.assert(
    fc.property(
      profileArb,
      fc.constantFrom(...ZONES),
      fc.integer({ min: 0, max: 3650 }).map((d) => DateTime.fromISO('2020-01-01').plus({ days: d }).toISODate()!),
      // Outside 01:00-03:59, where daylight-saving changes happen, a wall time always exists.
      fc.tuple(fc.integer({ min: 4, max: 22 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
      (profile, zone, start, time) => {
        const plan = planWeeks({ profile, dataset: builtIn(), start: DateTime.fromISO(start, { zone }), weeks: 2 });
        const text = planToICalendar({ plan, dataset: builtIn(), zone, time, allDay: false, includeRest: false, stamp: DateTime.fromISO('2026-11-24T12:00:00Z') });
        const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
        for (const vtimezone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(vtimezone);
        const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
        const training = plan.weeks.flatMap((w) => w.days).filter((d) => d.type !== 'rest');
        expect(events).toHaveLength(training.length);
        events.forEach((event, i) => {
          const day = training[i]!;
          const local = DateTime.fromSeconds(event.startDate.toUnixTime(), { zone });
          expect(local.toFormat('yyyy-MM-dd HH:mm')).toBe(`${day.date} ${time}`);
          expect((event.endDate.toUnixTime() - event.startDate.toUnixTime()) / 60).toBe(sessionMinutes(day));
        });
      },
    ),
    { numRuns: 60 },
  );
});
