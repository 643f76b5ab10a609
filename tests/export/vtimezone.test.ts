import { DateTime } from 'luxon';
import { expect, test } from 'vitest';
import { vtimezone } from '../../src/export/vtimezone.js';

const span = (from: string, to: string, zone: string) => vtimezone(zone, DateTime.fromISO(from, { zone }), DateTime.fromISO(to, { zone }));

test('lists the offset in force and each change in the range, as local time before the change', () => {
  const text = span('2026-10-19', '2026-11-01', 'Europe/Berlin');
  expect(text).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20261018T000000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0200');
  expect(text).toContain('BEGIN:STANDARD\r\nDTSTART:20261025T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100');
  expect(text.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toHaveLength(2);
});

test('follows current rules: Brazil has had no summer time since 2019', () => {
  const text = span('2026-11-02', '2027-02-28', 'America/Sao_Paulo');
  expect(text.match(/BEGIN:(STANDARD|DAYLIGHT)/g)).toEqual(['BEGIN:STANDARD']);
  expect(text).toContain('TZOFFSETTO:-0300');
});

test('handles zones east of UTC with half hours, and southern summers', () => {
  expect(span('2026-11-23', '2026-11-29', 'Asia/Kolkata')).toContain('TZOFFSETTO:+0530');
  const sydney = span('2026-09-28', '2026-10-11', 'Australia/Sydney');
  expect(sydney).toContain('BEGIN:DAYLIGHT\r\nDTSTART:20261004T020000\r\nTZOFFSETFROM:+1000\r\nTZOFFSETTO:+1100');
});
