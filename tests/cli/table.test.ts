import { describe, expect, test } from 'vitest';
import { fitColumns, renderTable, type TableSpec } from '../../src/cli/render/table.js';
import { lineWidth } from '../../src/cli/render/text.js';

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
