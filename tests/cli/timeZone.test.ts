import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { readClockTime } from '../../src/cli/parse.js';
import { checkZone, zoneChoices } from '../../src/cli/timeZone.js';

const summer = DateTime.fromISO('2026-07-01T12:00:00Z');

describe('time zones as a runner types them', () => {
  test.each([
    ['europe/berlin', 'Europe/Berlin'],
    ['EUROPE/BERLIN', 'Europe/Berlin'],
    [' America/New_York ', 'America/New_York'],
    ['asia/tokyo', 'Asia/Tokyo'],
    ['Japan', 'Asia/Tokyo'],
    ['utc', 'UTC'],
    ['Asia/Calcutta', 'Asia/Kolkata'],
    ['asia/kolkata', 'Asia/Kolkata'],
    ['Europe/Kiev', 'Europe/Kyiv'],
  ])('%j is saved as %s, the spelling calendars know', (typed, zone) => {
    expect(checkZone(typed, summer)).toEqual({ zone });
  });

  test.each([
    ['EST', 'America/New_York'],
    ['est', 'America/New_York'],
    ['PST8PDT', 'America/Los_Angeles'],
    ['CET', 'Europe/Paris'],
  ])('%s is refused as a fixed offset, an hour off in summer, and %s suggested', (typed, place) => {
    expect(checkZone(typed, summer)).toEqual({ problem: expect.stringMatching(new RegExp(`fixed offset, not a place.*use ${place.replace('/', '\\/')}$`)) });
  });

  test('Etc/GMT-2 is refused, with a real place that has that offset now', () => {
    const checked = checkZone('Etc/GMT-2', summer);
    expect(checked).toEqual({ problem: expect.stringMatching(/fixed offset.*; use \w+\/\w+/) });
    const place = /use (\S+)$/.exec((checked as { problem: string }).problem)![1]!;
    expect(summer.setZone(place).offset).toBe(120);
  });

  test('a city alone gets the zone it belongs to suggested', () => {
    expect(checkZone('Berlin', summer)).toEqual({ problem: 'unknown time zone "Berlin"; did you mean Europe/Berlin?' });
    expect(checkZone('new york', summer)).toEqual({ problem: expect.stringContaining('did you mean America/New_York') });
    expect(checkZone('Mars/Olympus', summer)).toEqual({ problem: expect.stringContaining('use a name such as Europe/Berlin') });
  });

  test('the lists show the current names of renamed zones, not the old ones', () => {
    const all = zoneChoices(undefined, 'UTC');
    expect(all).toContain('Asia/Kolkata');
    expect(all).toContain('Africa/Asmara');
    expect(all).not.toContain('Asia/Calcutta');
    expect(zoneChoices('kyiv', 'UTC')[0]).toBe('Europe/Kyiv');
  });

  test("the prompt's list starts with the system's zone, and search finds cities", () => {
    expect(zoneChoices(undefined, 'Europe/Berlin')[0]).toBe('Europe/Berlin');
    expect(zoneChoices('', 'Europe/Berlin')).toContain('Pacific/Auckland');
    expect(zoneChoices('york', 'Europe/Berlin')).toEqual(['America/New_York']);
    expect(zoneChoices('berl', 'Europe/Berlin')).toEqual(['Europe/Berlin']);
    expect(zoneChoices('los angeles', 'Europe/Berlin')).toEqual(['America/Los_Angeles']);
  });
});

describe('training times as a runner types them', () => {
  test.each([
    ['7:00', '07:00'],
    ['07:00', '07:00'],
    ['7am', '07:00'],
    ['7 AM', '07:00'],
    ['7:30pm', '19:30'],
    ['12am', '00:00'],
    ['12pm', '12:00'],
    ['12:15 p.m.', '12:15'],
    ['19.45', '19:45'],
    ['18', '18:00'],
  ])('%j is %s', (typed, time) => {
    expect(readClockTime(typed)).toBe(time);
  });

  test.each(['24:00', '7:60', '13pm', '0am', 'seven', '', '7:5'])('%j is not a time', (typed) => {
    expect(readClockTime(typed)).toBeUndefined();
  });
});
