import fc from 'fast-check';
import { DateTime, Settings } from 'luxon';
import { describe, expect, test } from 'vitest';
import { dateText, type DateFormat } from '../../src/cli/render/dates.js';

describe('dates in the tables', () => {
  test('read exactly as luxon writes them in English, on any day from 1900 to 2200', () => {
    const locale = Settings.defaultLocale;
    Settings.defaultLocale = 'en-US';
    try {
      const formats: DateFormat[] = ['ccc d LLL', 'd LLL', 'd LLL yyyy', 'ccc d LLL yyyy', 'cccc d LLLL'];
      const day = fc.integer({ min: DateTime.utc(1900, 1, 1).toSeconds() / 86_400, max: DateTime.utc(2200, 12, 31).toSeconds() / 86_400 });
      fc.assert(
        fc.property(day, fc.constantFrom(...formats), (n, format) => {
          const iso = DateTime.fromSeconds(n * 86_400, { zone: 'utc' }).toISODate()!;
          expect(dateText(iso, format)).toBe(DateTime.fromISO(iso).toFormat(format));
        }),
        { numRuns: 2000 },
      );
      expect(dateText('2026-11-23', 'ccc d LLL')).toBe('Mon 23 Nov');
      expect(dateText('2026-09-23', 'cccc d LLLL')).toBe('Wednesday 23 September');
    } finally {
      Settings.defaultLocale = locale;
    }
  });
});
