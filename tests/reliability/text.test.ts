// No raw control character reaches a terminal or a calendar, and times on the night the
// clocks fall back name one moment.
import { DateTime } from 'luxon';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { safeText } from '../../src/cli/render/safeText.js';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { sessionMinutes } from '../../src/engine/runSession.js';
import { calendarText, firstOccurrence, planToICalendar } from '../../src/export/ical.js';
import { durable, tempHome } from '../cli/run.js';
import { builtIn, profile } from '../helpers.js';

const ESC = '\u001b';
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

describe('text a runner or a file supplies', () => {
  test('is shown in a terminal with its control characters made visible', () => {
    expect(safeText(`Moon${ESC}]0;pwned\u0007${ESC}[2J dust`)).toBe('Moon\\x1b]0;pwned\\x07\\x1b[2J dust');
    expect(safeText('two\tlines\nhere')).toBe('two\tlines\nhere');
    expect(safeText('two\nlines', { oneLine: true })).toBe('two\\x0alines');
    expect(safeText('abc\u202edcba')).toBe('abc\\u202edcba');
  });

  test('in an error line, an escape sequence from the environment is shown, not obeyed', () => {
    const { status, stderr } = durable(['today'], { env: { DURABLE_NOW: `${ESC}]0;pwned\u0007` } });
    expect(status).toBe(2);
    expect(stderr).not.toMatch(CONTROL);
    expect(stderr).toContain('\\x1b]0;pwned\\x07');
  });

  test('a note with escape sequences is listed by durable log with them made visible', () => {
    const home = tempHome();
    expect(durable(['checkin', '--status', 'done', '--rpe', '4', '--note', `sore${ESC}]0;pwned\u0007${ESC}[2J`], { home }).status).toBe(0);
    const { status, stdout } = durable(['log'], { home });
    expect(status).toBe(0);
    expect(stdout).not.toMatch(CONTROL);
    expect(stdout).toContain('\\x1b]0;pwned');
  });

  test('--prefix with escape sequences leaves no control character in the .ics', () => {
    const home = tempHome();
    const out = join(home, 'plan.ics');
    expect(durable(['export', '--out', out, '--prefix', `${ESC}[31m${ESC}]8;;http://evil.example${ESC}\\run `], { home }).status).toBe(0);
    const ics = readFileSync(out, 'utf8');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(CONTROL);
    // What is left is plain, harmless text (lines unfolded as calendar apps read them).
    expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:[31m]8\\;\\;http://evil.example\\\\run ');
  });

  test('calendar text drops control characters and keeps line breaks', () => {
    expect(calendarText(`a${ESC}[2Jb\u0000c\td\ne`)).toBe('a[2Jbc d\ne');
  });
});

describe('a plan on the night the clocks fall back (America/New_York, 1 November 2026)', () => {
  test('an ambiguous 01:30 is the first 01:30, as RFC 5545 reads it', () => {
    const start = firstOccurrence('2026-11-01', '01:30', 'America/New_York');
    expect(start.toISO()).toBe('2026-11-01T01:30:00.000-04:00');
    expect(firstOccurrence('2026-03-08', '02:30', 'America/New_York').toISO()).toBe('2026-03-08T03:30:00.000-04:00');
  });

  test('DTSTART and DTEND agree: the event lasts the session, not an hour more or less', () => {
    const zone = 'America/New_York';
    const plan = planWeeks({ profile: profile({ longRunDay: 'sunday' }), dataset: builtIn(), start: DateTime.fromISO('2026-10-26', { zone }), weeks: 1 });
    const sunday = plan.weeks[0]!.days.find((d) => d.date === '2026-11-01')!;
    expect(sunday.type).toBe('run');
    const ics = planToICalendar({ plan, dataset: builtIn(), zone, time: '01:30', allDay: false, includeRest: false, stamp: DateTime.fromISO('2026-10-01T00:00:00Z') });
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes('UID:durable-2026-11-01@'))!;
    const start = /DTSTART:(\d{8}T\d{6}Z)/.exec(event)?.[1];
    const end = /DTEND:(\d{8}T\d{6}Z)/.exec(event)?.[1];
    expect(start).toBe('20261101T053000Z');
    const minutes = DateTime.fromFormat(end!, "yyyyMMdd'T'HHmmss'Z'", { zone: 'UTC' }).diff(DateTime.fromFormat(start!, "yyyyMMdd'T'HHmmss'Z'", { zone: 'UTC' }), 'minutes').minutes;
    expect(minutes).toBe(sessionMinutes(sunday));
  });
});

test('a date the zone skipped (Pacific/Apia, 30 December 2011) keeps its own event, all day, and the next day has one event', () => {
  const zone = 'Pacific/Apia';
  // The week's dates, planned where every date exists; exported in Samoa's zone.
  const plan = planWeeks({ profile: profile({ runDays: 4, strengthDays: 2 }), dataset: builtIn(), start: DateTime.fromISO('2011-12-26', { zone: 'UTC' }), weeks: 1 });
  const ics = planToICalendar({ plan, dataset: builtIn(), zone, time: '07:00', allDay: false, includeRest: true, stamp: DateTime.fromISO('2011-12-01T00:00:00Z') });
  const starts = ics.split('BEGIN:VEVENT').slice(1).map((event) => /DTSTART[^:]*:(\d{8})/.exec(event)?.[1]);
  expect(starts).toEqual(['20111226', '20111227', '20111228', '20111229', '20111230', '20111231', '20120101']);
  expect(ics).toMatch(/DTSTART;VALUE=DATE:20111230/);
});
