import { stripVTControlCharacters } from 'node:util';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, test } from 'vitest';
import wrapAnsi from 'wrap-ansi';
import { lineWidth, measureText, NARROW, textWidth, wrapNarrow, wrapText } from '../../src/cli/render/text.js';

describe('measuring text for the terminal', () => {
  test('emoji in a runner’s own names take two columns, a family emoji too', () => {
    expect(lineWidth('🚴')).toBe(2);
    expect(lineWidth('✅')).toBe(2);
    expect(lineWidth('☕')).toBe(2);
    expect(lineWidth('👨‍👩‍👧')).toBe(2);
    expect(lineWidth('\u001b[31mRun · easy\u001b[39m')).toBe(10);
    expect(lineWidth('e\u0301')).toBe(1);
  });

  test('the quick path for plain lines measures exactly as string-width does', () => {
    const chars = fc.constantFrom('a', 'Z', ' ', '·', '•', '–', '↳', '│', '●', '○', '◐', '◽', '◾', 'é', '\u00ad', '\u0301', '✓', '✗', '🏃', '日', '\u200b');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 30 }), (parts) => {
        const line = parts.join('');
        expect(lineWidth(line)).toBe(stringWidth(line));
      }),
      { numRuns: 500 },
    );
  });
});

describe('measuring a table cell', () => {
  test('its width and longest word, in one pass, are what measuring line by line and word by word gives', () => {
    const chars = fc.constantFrom('a', 'Z', '7', ' ', ' ', '\n', '\u00a0', '·', '•', '–', '↳', '│', '●', '◐', '◽', 'é', '\u0301', '✓', '🏃', '日', '\u3000', '\t', '\u001b[2m', '\u001b[22m', '\u001b[31m', '\u001b[39m');
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(measureText(text)).toEqual({ width: textWidth(text), longestWord: Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w))) });
      }),
      { numRuns: 1000 },
    );
  });
});

describe('wrapping', () => {
  test('wraps at word boundaries, keeps colour on every line, and hangs bullets under their text', () => {
    const lines = wrapText('   • Single-leg deadlift, \u001b[2mfingertips on a wall\u001b[22m: 2 x 8 per leg', 24);
    expect(lines.map((l) => stripVTControlCharacters(l))).toEqual(['   • Single-leg', '     deadlift,', '     fingertips on a', '     wall: 2 x 8 per leg']);
    expect(lines[2]).toBe('     \u001b[2mfingertips on a\u001b[22m');
    for (const line of lines) expect(lineWidth(line)).toBeLessThanOrEqual(24);
  });

  test('no wrapped line is ever wider than asked', () => {
    const word = fc.array(fc.constantFrom('a', 'b', '·', '–', '🏃', '日'), { minLength: 1, maxLength: 14 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), fc.integer({ min: 4, max: 40 }), (words, width) => {
        for (const line of wrapText(`• ${words.join(' ')}`, width)) expect(lineWidth(line)).toBeLessThanOrEqual(width);
      }),
      { numRuns: 300 },
    );
  });
});

describe('wrapping keeps together what a runner reads as one', () => {
  test('a dose is never split between its number and its unit', () => {
    const lines = wrapText('• Wall sit, thighs at a comfortable angle: 3 x 30 s', 46);
    expect(lines).toEqual(['• Wall sit, thighs at a comfortable angle:', '  3 x 30 s']);
  });

  test('a command in backticks stays on one line when it fits one', () => {
    expect(wrapText('To remove one: `durable log --delete YYYY-MM-DD`', 40)).toEqual(['To remove one:', '`durable log --delete YYYY-MM-DD`']);
  });

  test('a command wider than the line still wraps rather than overflow', () => {
    for (const line of wrapText('Run `durable plan --weeks 8 --level beginner --run-days 3` first', 20)) expect(line.length).toBeLessThanOrEqual(20);
  });
});

describe('plain text is wrapped without wrap-ansi, line for line as wrap-ansi wraps it', () => {
  const wrapped = (line: string, width: number) => wrapAnsi(line, width, { hard: true, trim: true }).split('\n');

  test('session texts, doses and notes as a plan writes them, at any width', () => {
    const word = fc.oneof(
      fc.constantFrom('Easy', 'run:', '30\u00a0min', 'at', 'a', 'conversational', 'pace', '•', '↳', '–', '·', 'Single-leg', 'deadlift,', 'fingertips', '3\u00a0x\u00a08', 'per', 'leg', '`durable\u00a0plan`', 'Hill', 'repeats:', '6\u00a0x\u00a01\u00a0min', 'uphill', '(RPE', '7-8),', 'jog', 'down', 'Calf-raise', 'déjà', '«vu»', '─────', 'Run-walk', 'Week', '12', '…'),
      fc.array(fc.constantFrom('a', 'Z', '7', '-', '.', ',', '\u00a0', '·', '•', '–', '↳', '→', '│', '█', '●', '◐', '©', 'é', 'ß', 'ʼ', '\u02ff', '‰', '⁞'), { minLength: 1, maxLength: 30 }).map((cs) => cs.join('')),
    );
    const gap = fc.constantFrom(' ', ' ', ' ', '  ', '   ');
    const line = fc.tuple(fc.constantFrom('', ' ', '  ', '\u00a0'), fc.array(fc.tuple(word, gap), { maxLength: 20 }), fc.constantFrom('', ' ', '  ')).map(([lead, parts, tail]) => lead + parts.map(([w, g]) => w + g).join('') + tail);
    fc.assert(
      fc.property(line, fc.integer({ min: 1, max: 60 }), (text, width) => {
        expect(NARROW.test(text)).toBe(true);
        expect(wrapNarrow(text, width)).toEqual(wrapped(text, width));
      }),
      { numRuns: 2000 },
    );
  });

  test('blank lines and lines of spaces', () => {
    for (const text of ['', ' ', '   ', '\u00a0', ' \u00a0 ', '\u00a0 \u00a0']) for (const width of [1, 2, 5]) expect(wrapNarrow(text, width)).toEqual(wrapped(text, width));
  });
});
