// A check-in by flags is checked and written without the log's schema and the YAML library.
// That shortcut must never be looser than they are: whatever it accepts, the schema accepts
// and reads back the same, and what it writes is the library's own text, byte for byte.
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { CheckIn, TrainingLog } from '../../src/schema/log.js';
import { entryText } from '../../src/store/logText.js';
import { plainCheckIn, plainEntryText } from '../../src/store/plainEntry.js';

const CHARACTERS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', ' ', ' ', ':', '#', "'", '"', '-', '?', ',', '.', '!', '(', ')', '/', '+', '{', '}', '[', ']', '&', '*', '|', '>', '%', '@', '`', '\\', '\n', '\t', 'é', '\u0085', '\u2028'];
const WORDY = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', ' ', ' ', ' ', ',', '.', '!', "'", '(', ')', '/', '+', '-', ':', '#', '"', '?'];
/** Notes: mostly words and common marks, some with anything YAML treats specially. */
const note = fc.oneof(
  fc.string({ unit: fc.constantFrom(...WORDY), minLength: 1, maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...CHARACTERS), maxLength: 24 }),
  fc.constantFrom('true', 'True', 'FALSE', 'null', 'Null', 'yes', 'no', 'on', 'off', 'y', 'n', 'NaN', 'nan', '.inf', 'inf', '~', 'e', 'x1', 'felt good', 'windy', "it's fine", '12:30', '0x1f', '1e3', 'pace: easy', 'legs:', 'a :b', 'windy # cold', 'a'.repeat(2000), 'a'.repeat(2001)),
);
const realDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2999, 11, 31)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const oddDate = fc.constantFrom('2024-02-29', '2026-02-29', '1900-02-29', '1899-12-31', '3000-01-01', '2026-13-01', '2026-04-31', ' 2026-11-24', '2026-1-24', '20261124');
const realTime = fc.tuple(realDate, fc.integer({ min: 0, max: 86_399 }), fc.constantFrom('Z', '+01:00', '-05:30', '+14:00', '+23:59', '-00:00')).map(
  ([date, s, offset]) => `${date}T${new Date(s * 1000).toISOString().slice(11, 19)}${offset}`,
);
const oddTime = fc.oneof(
  fc.tuple(oddDate, fc.constantFrom('T07:30:00Z', 'T23:59:59+01:00')),
  fc.tuple(realDate, fc.constantFrom('T24:00:00', 'T07:30', 'T07:30:00.123', 't07:30:00', ' 07:30:00', 'T07:60:00', 'T07:30:60', 'T7:30:00'), fc.constantFrom('Z', '+01:00')),
  fc.tuple(realDate, fc.constantFrom('T07:30:00'), fc.constantFrom('z', '+24:00', '+01:60', '+0100', '+1:00', '', ' Z')),
).map((parts) => parts.join(''));
const level = (max: number) => fc.integer({ min: 0, max });
const SITES = ['knee-left', 'knee-right', 'ankle-left', 'ankle-right', 'hip-left', 'hip-right'] as const;

/** A check-in as one made with flags could be. */
const goodCheckIn = fc.record(
  {
    date: realDate,
    status: fc.constantFrom('done', 'partly', 'skipped'),
    planned: fc.constantFrom('run', 'strength', 'recovery', 'rest'),
    minutes: level(600),
    rpe: level(10),
    surface: fc.constantFrom('trail', 'grass', 'wobble-board', 'y', 'no', 'inf', 'a1-b2'),
    pain: fc.dictionary(fc.constantFrom(...SITES), level(10), { maxKeys: 3 }),
    settled: fc.boolean(),
    settledNextMorning: fc.boolean(),
    note,
    recordedAt: realTime,
  },
  { requiredKeys: ['date', 'status', 'minutes', 'rpe', 'pain', 'recordedAt'] },
);

/** Values out of place for any field. */
const odd: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(-1, -0, 3.5, 11, 601, Number.NaN, 1e21, '3', null, true, undefined, [], {}, 'null', 'true', 'Trail', 'trail-', '5k', 'a--b', 'race', 'Done', 'missed', ['rpe']),
  oddDate,
  oddTime,
  note,
  fc.dictionary(fc.constantFrom(...SITES, 'knee', 'toe-left'), fc.constantFrom(-1, 11, 3.5, '3', -0, 4), { minKeys: 1, maxKeys: 2 }),
);
const FIELDS = ['date', 'status', 'planned', 'minutes', 'rpe', 'surface', 'pain', 'settled', 'settledNextMorning', 'note', 'recordedAt', 'distanceMetres', 'notRecorded', 'heartRate'];

/** A check-in much like one made with flags, now and then with a field missing, odd or out of place, and its fields in any order. */
const checkIn = fc
  .tuple(goodCheckIn, fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.oneof(odd, fc.constant('drop'))), { maxLength: 2 }), fc.boolean())
  .chain(([good, changes, shuffle]) => {
    const c: Record<string, unknown> = { ...good };
    for (const [key, value] of changes) {
      if (value === 'drop') delete c[key];
      else c[key] = value;
    }
    const keys = Object.keys(c);
    return (shuffle ? fc.shuffledSubarray(keys, { minLength: keys.length }) : fc.constant(keys)).map((order) => Object.fromEntries(order.map((k) => [k, c[k]])) as unknown as CheckIn);
  });

describe('a check-in checked and written without the schema and the YAML library', () => {
  test('is accepted only when the schema accepts it, and reads exactly as the schema reads it', () => {
    fc.assert(
      fc.property(checkIn, (c) => {
        const plain = plainCheckIn(c);
        if (plain === undefined) return;
        const read = CheckIn.safeParse(c);
        expect(read.success).toBe(true);
        // The same fields in the same order: the log and its cache hold what the schema would give.
        expect(JSON.stringify(plain)).toBe(JSON.stringify(read.data));
        expect(plain).toStrictEqual(read.data);
        expect(TrainingLog.safeParse({ version: 1, checkins: [plain] }).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test("is written as the YAML library writes it, byte for byte, and the log reads it back as the same check-in", () => {
    fc.assert(
      fc.property(checkIn, fc.constantFrom('', '  ', '    '), (c, indent) => {
        const written = plainEntryText(c, indent);
        if (written === undefined) return;
        expect(written).toBe(entryText(c, indent));
        const readBack = TrainingLog.parse(parse(`version: 1\ncheckins:\n${written}`)).checkins[0];
        expect(readBack).toStrictEqual(CheckIn.parse(c));
      }),
      { numRuns: 3000 },
    );
  });

  test('covers what check-ins by flags hold, so that they take the quick way', () => {
    const byFlags: CheckIn = { date: '2026-11-24', status: 'done', planned: 'run', minutes: 40, rpe: 3, surface: 'trail', pain: {}, recordedAt: '2026-11-24T20:00:00+01:00' };
    const sore: CheckIn = { ...byFlags, status: 'partly', pain: { 'knee-left': 4, 'ankle-right': 1 }, settled: false, note: 'windy, cold (felt stiff) - slow 5k/8k!', recordedAt: '2026-11-24T19:00:00Z' };
    const skipped: CheckIn = { date: '2026-11-24', status: 'skipped', planned: 'rest', minutes: 0, rpe: 0, pain: {}, recordedAt: '2026-11-24T20:00:00-05:00' };
    for (const c of [byFlags, sore, skipped, { ...byFlags, settledNextMorning: true }]) {
      expect(plainCheckIn(c)).toStrictEqual(CheckIn.parse(c));
      expect(plainEntryText(c, '  ')).toBe(entryText(c, '  '));
    }
  });

  test('leaves anything else to the schema and the YAML library', () => {
    const base: CheckIn = { date: '2026-11-24', status: 'done', minutes: 40, rpe: 3, pain: {}, recordedAt: '2026-11-24T20:00:00Z' };
    const others: CheckIn[] = [
      { ...base, note: 'pace 5:10 # felt easy' },
      { ...base, note: 'true' },
      { ...base, note: 'ça va' },
      { ...base, surface: 'null' },
      { ...base, minutes: 601 },
      { ...base, date: '2026-02-29' },
      { ...base, recordedAt: '2026-11-24T20:00:00.123Z' },
      { ...base, distanceMetres: 8000 },
      { ...base, rpe: undefined, notRecorded: ['rpe'] },
      { ...base, note: undefined },
    ];
    for (const c of others) {
      expect(plainCheckIn(c)).toBeUndefined();
      expect(plainEntryText(c, '')).toBeUndefined();
    }
  });
});
