import Table from 'cli-table3';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { heading } from '../../src/cli/render/style.js';
import { fitColumns, renderTable, type TableSpec } from '../../src/cli/render/table.js';
import { lineWidth, wrapText } from '../../src/cli/render/text.js';

const spec: TableSpec = {
  columns: [{ head: 'Day' }, { head: 'Session' }, { head: 'What', label: '' }, { head: 'Surface' }],
  rows: [
    ['Mon 23 Nov', 'Rest', 'Full rest. Sleep well and let the legs absorb the work.', ''],
    ['Tue 24 Nov', 'Run · easy', 'Easy run: 30 min at a conversational pace\nWarm-up 10 min, cool-down 10 min', 'Grass'],
  ],
  title: 2,
};
const widest = (text: string) => Math.max(...text.split('\n').map(lineWidth));

describe('tables that fit', () => {
  test('with room to spare, every column is as wide as its content', () => {
    expect(fitColumns(spec, 200)).toEqual([10, 10, 55, 7]);
  });

  test('short of room, the narrow columns keep their width and the long text wraps', () => {
    const widths = fitColumns(spec, 80)!;
    expect(widths.slice(0, 2)).toEqual([10, 10]);
    expect(widths.reduce((a, b) => a + b, 0) + 5 + 8).toBeLessThanOrEqual(80);
    const text = renderTable(spec, 80);
    expect(widest(text)).toBe(80);
    expect(text).toContain('│ Tue 24 Nov │ Run · easy │');
  });

  test('below 70 columns, or when the columns cannot fit, one block per row without borders', () => {
    const text = renderTable(spec, 60);
    expect(text).toBe(
      [
        'Mon 23 Nov · Rest',
        '  Full rest. Sleep well and let the legs absorb the work.',
        '',
        'Tue 24 Nov · Run · easy',
        '  Easy run: 30 min at a conversational pace',
        '  Warm-up 10 min, cool-down 10 min',
        '  Surface: Grass',
      ].join('\n'),
    );
    const many: TableSpec = { columns: Array.from({ length: 12 }, (_, i) => ({ head: `Column ${i}` })), rows: [Array.from({ length: 12 }, () => 'wordy words')] };
    expect(fitColumns(many, 80)).toBeUndefined();
    expect(renderTable(many, 80)).not.toMatch(/│/);
  });
});

/** The table as cli-table3 draws it when given every row, line by line, as a small table of its own. */
function drawnByCliTable3(spec: TableSpec, widths: number[]): string {
  const none = { top: '', 'top-left': '', 'top-mid': '', 'top-right': '', mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
  const top = { top: '─', 'top-left': '┌', 'top-mid': '┬', 'top-right': '┐' };
  const bottom = { bottom: '─', 'bottom-left': '└', 'bottom-mid': '┴', 'bottom-right': '┘' };
  const between = { bottom: '─', 'bottom-left': '├', 'bottom-mid': '┼', 'bottom-right': '┤' };
  const rows = [spec.columns.map((c) => heading(c.head)), ...spec.rows];
  return rows
    .map((row, i) => {
      const lines = widths.map((w, c) => wrapText(row[c] ?? '', w));
      const table = new Table({
        colWidths: widths.map((w) => w + 2),
        style: { head: [], border: [], compact: true },
        chars: { ...none, ...(i === 0 ? top : {}), ...(i === rows.length - 1 ? bottom : between) },
      });
      for (let l = 0; l < Math.max(1, ...lines.map((cell) => cell.length)); l++) table.push(lines.map((cell) => cell[l] ?? ''));
      return table.toString();
    })
    .join('\n');
}

describe('tables drawn quickly read exactly as cli-table3 draws them', () => {
  test('any cells, plain or coloured, narrow or wide characters, in any width that fits', () => {
    const colour = fc.constantFrom(['', ''], ['\u001b[1m', '\u001b[22m'], ['\u001b[2m', '\u001b[22m'], ['\u001b[31m', '\u001b[39m'], ['\u001b[33m', ''], ['', '\u001b[0m'], ['\u001b[1m', ''], ['\u001b[44m', '\u001b[49m'], ['\u001b[1;31m', '\u001b[39m\u001b[22m'], ['\u001b[4m\u001b[94m', '\u001b[39m\u001b[24m'], ['', '\u001b[22m']);
    const word = fc.array(fc.constantFrom('a', 'Z', '7', '·', '•', '–', '↳', '↑', '█', '▎', '◐', '◽', '©', 'é', '\u0301', '✓', '🏃', '日', '\u00a0'), { minLength: 1, maxLength: 16 }).map((cs) => cs.join(''));
    const text = fc.array(fc.tuple(word, colour, fc.constantFrom(' ', ' ', '\n')), { maxLength: 12 }).map((parts) => parts.map(([w, [on, off], gap]) => on + w + off + gap).join('').trim());
    const table = fc.integer({ min: 1, max: 5 }).chain((n) =>
      fc.record({
        columns: fc.array(fc.record({ head: word, min: fc.integer({ min: 1, max: 12 }) }), { minLength: n, maxLength: n }),
        rows: fc.array(fc.array(text, { minLength: n, maxLength: n }), { maxLength: 6 }),
      }),
    );
    fc.assert(
      fc.property(table, fc.integer({ min: 70, max: 160 }), (spec, columns) => {
        const widths = fitColumns(spec, columns);
        if (widths) expect(renderTable(spec, columns)).toBe(drawnByCliTable3(spec, widths));
      }),
      { numRuns: 300 },
    );
  });
});
