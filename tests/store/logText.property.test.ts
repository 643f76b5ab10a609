// Editing the log in place, over random logs written by hand in many layouts: the text
// always reads back as exactly the intended entries, and nothing else in it moves.
import fc from 'fast-check';
import { parse } from 'yaml';
import { expect, test } from 'vitest';
import { TrainingLog, type CheckIn } from '../../src/schema/log.js';
import { putPlainEntry } from '../../src/store/logLines.js';
import { putEntries, putEntry, removeEntry } from '../../src/store/logText.js';

const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);

const checkIn = (date: string, rpe: number, note?: string): CheckIn => ({
  date,
  status: 'done',
  minutes: 30,
  rpe,
  pain: {},
  ...(note === undefined ? {} : { note }),
  recordedAt: `${date}T08:00:00Z`,
});

/** One entry written in one of the ways a runner might write it. */
function written(c: CheckIn, style: number, indent: string): string {
  const note = c.note === undefined ? '' : `${indent}  note: |\n${c.note.split('\n').map((l) => `${indent}    ${l}`).join('\n')}\n`;
  switch (style) {
    case 0:
      return `${indent}- date: ${c.date}\n${indent}  status: done\n${indent}  minutes: 30\n${indent}  rpe: ${c.rpe}   # how it felt\n${note}${indent}  recordedAt: "${c.recordedAt}"\n`;
    case 1:
      return `${indent}- { date: ${c.date}, status: done, minutes: 30, rpe: ${c.rpe}, recordedAt: "${c.recordedAt}" }\n`;
    default:
      return `${indent}- date: '${c.date}'\n${indent}  # a comment inside\n${indent}  status: done\n${indent}  minutes: 30\n${indent}  rpe: ${c.rpe}\n${indent}  recordedAt: ${c.recordedAt}\n${note}`;
  }
}

const arbitraryLog = fc
  .record({
    days: fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 8 }),
    styles: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 8, maxLength: 8 }),
    between: fc.array(fc.constantFrom('', '\n', '  # between\n', '# at the margin\n'), { minLength: 8, maxLength: 8 }),
    indent: fc.constantFrom('', '  ', '    '),
    notes: fc.array(fc.constantFrom(undefined, 'stiff\n- date: 2026-01-01 is a note', 'fine'), { minLength: 8, maxLength: 8 }),
  })
  .map(({ days, styles, between, indent, notes }) => {
    const sorted = [...days].sort((a, b) => a - b);
    const checkins = sorted.map((d, i) => checkIn(day(d), 4, styles[i] === 1 ? undefined : notes[i] === undefined ? undefined : `${notes[i]}\n`));
    const text = `# hand-kept log\nversion: 1\ncheckins:\n${checkins.map((c, i) => between[i]! + written(c, styles[i]!, indent)).join('')}# end\n`;
    return { text, checkins };
  });

const readBack = (text: string) => TrainingLog.parse(parse(text)).checkins;

test('adding, replacing or removing one entry reads back as intended, and the other lines stay', () => {
  fc.assert(
    fc.property(arbitraryLog, fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 10 }), ({ text, checkins }, at, rpe) => {
      expect(readBack(text)).toEqual(checkins);
      const entry = checkIn(day(at), rpe);
      const put = putEntry(text, checkins, entry);
      expect(readBack(put.text)).toEqual(put.checkins);
      expect(put.checkins.filter((c) => c.date !== entry.date)).toEqual(checkins.filter((c) => c.date !== entry.date));
      expect(put.checkins.find((c) => c.date === entry.date)).toEqual(entry);
      if (put.inPlace) {
        // Every line of the old file that was not the replaced entry's is still there, in order.
        const kept = text.split('\n').filter((line) => put.text.includes(line));
        expect(kept.length).toBeGreaterThan(0);
        expect(put.text.startsWith('# hand-kept log\nversion: 1\ncheckins:\n')).toBe(true);
        expect(put.text.endsWith('# end\n')).toBe(true);
      }
      const removed = removeEntry(put.text, put.checkins, entry.date);
      expect(readBack(removed.text)).toEqual(removed.checkins);
      expect(removed.checkins).toEqual(checkins.filter((c) => c.date !== entry.date));
      // Adding a new entry and removing it again gives back the very same file.
      if (!checkins.some((c) => c.date === entry.date) && put.inPlace && removed.inPlace) expect(removed.text).toBe(text);
    }),
    { numRuns: 300 },
  );
});

test('a check-in put line by line, without the YAML library, gives the very file the library would', () => {
  fc.assert(
    fc.property(arbitraryLog, fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 10 }), ({ text, checkins }, at, rpe) => {
      const entry = checkIn(day(at), rpe);
      const quick = putPlainEntry(text, checkins, entry);
      const put = putEntry(text, checkins, entry);
      // Logs of one block per entry take the quick way; the others are left to the library.
      expect(quick !== undefined).toBe(put.inPlace);
      if (quick) expect(quick).toEqual(put);
    }),
    { numRuns: 300 },
  );
});

test('a check-in the quick way cannot write is left to the YAML library', () => {
  const text = 'version: 1\ncheckins:\n  - date: 2026-01-01\n    status: done\n    minutes: 30\n    rpe: 4\n    recordedAt: 2026-01-01T08:00:00Z\n';
  const checkins = readBack(text);
  expect(putPlainEntry(text, checkins, { ...checkIn(day(3), 4), note: 'pace: 5:10 # easy' })).toBeUndefined();
  expect(putPlainEntry('version: 1\ncheckins: []\n', [], checkIn(day(3), 4))).toBeUndefined();
  expect(putPlainEntry(text, checkins, checkIn(day(3), 4))?.text).toBe(`${text}  - date: 2026-01-04\n    status: done\n    minutes: 30\n    rpe: 4\n    pain: {}\n    recordedAt: 2026-01-04T08:00:00Z\n`);
});

test('many check-ins put at once (an import) read back as intended, as if put one by one', () => {
  fc.assert(
    fc.property(arbitraryLog, fc.uniqueArray(fc.integer({ min: 0, max: 70 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 10 }), ({ text, checkins }, days, rpe) => {
      const puts = days.map((d) => checkIn(day(d), rpe));
      const all = putEntries(text, checkins, puts);
      expect(readBack(all.text)).toEqual(all.checkins);
      const dates = new Set(puts.map((c) => c.date));
      const expected = [...checkins.filter((c) => !dates.has(c.date)), ...puts].sort((a, b) => (a.date < b.date ? -1 : 1));
      expect(all.checkins).toEqual(expected);
      const oneByOne = puts.reduce((edited, c) => putEntry(edited.text, edited.checkins, c), { text, checkins: [...checkins] });
      if (all.inPlace) expect(all.text).toBe(oneByOne.text);
    }),
    { numRuns: 300 },
  );
});
