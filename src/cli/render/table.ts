import Table from 'cli-table3';
import { heading } from './style.js';
import { indented, measureText, NARROW, wrapText } from './text.js';
import { layoutFor } from './width.js';

export interface Column {
  head: string;
  /** The label before the value in the stacked layout (default: the head; '' for none). */
  label?: string;
  /** The narrowest this column may get, in columns of text. */
  min?: number;
}

/** A table of cells (each may hold several lines), laid out to fit the screen. */
export interface TableSpec {
  columns: Column[];
  rows: string[][];
  /** In the stacked layout, how many leading cells make up each block's title line (default 1). */
  title?: number;
}

/** One space either side of every cell. */
const PADDING = 2;
/** A column may wrap words longer than this rather than widen the table for them. */
const LONGEST_WORD = 14;


/**
 * Text widths for the columns within `columns` terminal columns: each column as wide as
 * its content if all fit; otherwise every column is capped at one level, as high as fits,
 * so narrow columns keep their width and the wide ones wrap (never below their widest
 * word, within reason). Undefined if even that cannot fit.
 */
export function fitColumns(spec: TableSpec, columns: number): number[] | undefined {
  const n = spec.columns.length;
  const available = columns - (n + 1) - n * PADDING;
  // Every cell measured once: its width and its longest word, in one pass.
  const heads = spec.columns.map((col) => measureText(col.head));
  const natural = heads.map((head) => Math.max(1, head.width));
  const longest = heads.map((head) => head.longestWord);
  for (const row of spec.rows) {
    for (let c = 0; c < n; c++) {
      const { width, longestWord } = measureText(row[c] ?? '');
      natural[c] = Math.max(natural[c]!, width);
      longest[c] = Math.max(longest[c]!, longestWord);
    }
  }
  const floor = spec.columns.map((col, c) => Math.min(natural[c]!, Math.max(col.min ?? 4, Math.min(LONGEST_WORD, longest[c]!))));
  const widthsAt = (level: number) => natural.map((n, c) => Math.max(floor[c]!, Math.min(n, level)));
  const totalAt = (level: number) => {
    let sum = 0;
    for (let c = 0; c < n; c++) sum += Math.max(floor[c]!, Math.min(natural[c]!, level));
    return sum;
  };
  if (floor.reduce((a, b) => a + b, 0) > available) return undefined;
  let level = Math.max(...natural);
  while (level > 0 && totalAt(level) > available) level--;
  return widthsAt(level);
}

const TOP = { top: '─', 'top-left': '┌', 'top-mid': '┬', 'top-right': '┐' };
const BOTTOM = { bottom: '─', 'bottom-left': '└', 'bottom-mid': '┴', 'bottom-right': '┘' };
/** Between two rows: a line like the bottom border, with tees. */
const BETWEEN = { mid: '─', 'left-mid': '├', 'mid-mid': '┼', 'right-mid': '┤' };
/** A cell alone: no borders at all, so cli-table3 draws only its padded text. */
const BARE = Object.fromEntries(
  ['top', 'top-mid', 'top-left', 'top-right', 'bottom', 'bottom-mid', 'bottom-left', 'bottom-right', 'left', 'left-mid', 'mid', 'mid-mid', 'right', 'right-mid', 'middle'].map((name) => [name, '']),
);

/** A table's borders for its column widths: the three rules and what goes left of, between and right of the cells. */
interface Frame {
  top: string;
  between: string;
  bottom: string;
  left: string;
  middle: string;
  right: string;
}

/** Frames by column widths: the weeks of a plan share one. */
const frames = new Map<string, Frame>();

/** The frame cli-table3 draws around two rows of empty cells, once per set of column widths. */
function frameFor(colWidths: number[]): Frame {
  const key = colWidths.join(' ');
  let frame = frames.get(key);
  if (!frame) frames.set(key, (frame = drawFrame(colWidths)));
  return frame;
}

function drawFrame(colWidths: number[]): Frame {
  const table = new Table({ colWidths, style: { head: [], border: [], compact: false }, chars: { ...TOP, ...BETWEEN, ...BOTTOM } });
  table.push(
    colWidths.map(() => ''),
    colWidths.map(() => ''),
  );
  const [top, , between, , bottom] = table.toString().split('\n');
  const { left, middle, right } = table.options.chars;
  return { top: top!, between: between!, bottom: bottom!, left, middle, right };
}

/** The colour codes chalk writes, each with one parameter; a cell with any other escape is left to cli-table3. */
// eslint-disable-next-line no-control-regex -- colour codes start with ESC
const SGR = /\u001b\[(\d*)m/g;
const CHALK_CODE = /^(?:0|1|2|3|4|7|9|2[2-4]|27|29|3[0-79]|4[0-79]|9[0-7]|10[0-7])?$/;
/** The styles cli-table3 closes at the end of a cell line left open, by the codes that open and close them. */
const STYLE_ON = new Set([1, 3, 4, 7, 9]);
const STYLE_OFF = new Map([[22, 1], [23, 3], [24, 4], [27, 7], [29, 9]]);

/**
 * The text of a line without its colour codes, when cli-table3 would draw the line as it
 * is: only chalk's codes, and every colour and style it follows closed again by the end
 * (cli-table3 adds closing codes otherwise). Undefined when not.
 */
function plainWhenClosed(text: string): string | undefined {
  let foreground = 39;
  let background = 49;
  const open = new Set<number>();
  for (const [, parameter] of text.matchAll(SGR)) {
    if (!CHALK_CODE.test(parameter!)) return undefined;
    const code = Number(parameter);
    if ((code >= 30 && code <= 39) || (code >= 90 && code <= 97)) foreground = code;
    else if ((code >= 40 && code <= 49) || (code >= 100 && code <= 107)) background = code;
    else if (code === 0) {
      foreground = 39;
      background = 49;
      open.clear();
    } else if (STYLE_ON.has(code)) open.add(code);
    else if (STYLE_OFF.has(code)) open.delete(STYLE_OFF.get(code)!);
  }
  if (foreground !== 39 || background !== 49 || open.size > 0) return undefined;
  const plain = text.replace(SGR, '');
  return plain.includes('\u001b') ? undefined : plain;
}

/** Cells drawn by cli-table3, by width and text: the same text in the same column is drawn once. */
const drawnCells = new Map<number, Map<string, string>>();

/**
 * One line of a cell, padded to the column's width `width` plus a space either side,
 * as cli-table3 draws it. Text of one-column characters (NARROW, which cli-table3 measures
 * so too), plain or in colours it closes, is simply padded; any other (wide characters,
 * colours left open) is drawn by cli-table3 as a cell of its own.
 */
function cellLine(text: string, width: number): string {
  if (text.length <= width && NARROW.test(text)) return ` ${text}${' '.repeat(width - text.length)} `;
  const plain = text.includes('\u001b') ? plainWhenClosed(text) : undefined;
  if (plain !== undefined && plain.length <= width && NARROW.test(plain)) return ` ${text}${' '.repeat(width - plain.length)} `;
  let drawn = drawnCells.get(width);
  if (!drawn) drawnCells.set(width, (drawn = new Map<string, string>()));
  let line = drawn.get(text);
  if (line === undefined) {
    const table = new Table({ colWidths: [width + PADDING], style: { head: [], border: [], compact: true }, chars: BARE });
    table.push([text]);
    line = table.toString();
    drawn.set(text, line);
  }
  return line;
}

/**
 * The table in a frame drawn once by cli-table3, each row's cells wrapped here first and
 * each line of them padded as cli-table3 pads a cell. Laying out the whole table in
 * cli-table3 would grow with the square of its rows (upstream issue #68), and it would
 * re-measure a multi-line cell's whole content for every line (upstream pull request #362).
 */
function drawTable(spec: TableSpec, widths: number[]): string {
  const frame = frameFor(widths.map((w) => w + PADDING));
  const rows = [spec.columns.map((c) => heading(c.head)), ...spec.rows];
  const out = [frame.top];
  rows.forEach((row, i) => {
    const lines = widths.map((w, c) => wrapText(row[c] ?? '', w));
    const height = Math.max(1, ...lines.map((l) => l.length));
    for (let l = 0; l < height; l++) out.push(frame.left + widths.map((w, c) => cellLine(lines[c]![l] ?? '', w)).join(frame.middle) + frame.right);
    out.push(i === rows.length - 1 ? frame.bottom : frame.between);
  });
  return out.join('\n');
}

/** One block per row, no borders: a title line, then each filled cell under its label. */
export function drawBlocks(spec: TableSpec, columns: number): string {
  const titleCells = spec.title ?? 1;
  return spec.rows
    .map((row) => {
      const title = row.slice(0, titleCells).flatMap((cell) => cell.split('\n')).filter(Boolean).join(' · ');
      const lines = wrapText(heading(title), columns);
      spec.columns.forEach((col, c) => {
        const cell = row[c] ?? '';
        if (c < titleCells || !cell.trim()) return;
        const label = col.label ?? col.head;
        if (!label) lines.push(...indented(cell, columns));
        else if (!cell.includes('\n')) lines.push(...indented(`${label}: ${cell}`, columns));
        else lines.push(`  ${label}:`, ...indented(cell, columns, 4));
      });
      return lines.join('\n');
    })
    .join('\n\n');
}

/** The table in the layout `columns` allows: bordered when it fits, one block per row when not. */
export function renderTable(spec: TableSpec, columns: number): string {
  const widths = layoutFor(columns) === 'stacked' ? undefined : fitColumns(spec, columns);
  return widths ? drawTable(spec, widths) : drawBlocks(spec, columns);
}
