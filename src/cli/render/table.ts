import Table from 'cli-table3';
import { heading } from './style.js';
import { indented, textWidth, wrapText } from './text.js';
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

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((w) => textWidth(w)));

/**
 * Text widths for the columns within `columns` terminal columns: each column as wide as
 * its content if all fit; otherwise every column is capped at one level, as high as fits,
 * so narrow columns keep their width and the wide ones wrap (never below their widest
 * word, within reason). Undefined if even that cannot fit.
 */
export function fitColumns(spec: TableSpec, columns: number): number[] | undefined {
  const n = spec.columns.length;
  const available = columns - (n + 1) - n * PADDING;
  const cells = (c: number) => [spec.columns[c]!.head, ...spec.rows.map((r) => r[c] ?? '')];
  const natural = spec.columns.map((_, c) => Math.max(1, ...cells(c).map(textWidth)));
  const floor = spec.columns.map((col, c) => Math.min(natural[c]!, Math.max(col.min ?? 4, Math.min(LONGEST_WORD, Math.max(...cells(c).map(longestWord))))));
  const widthsAt = (level: number) => natural.map((n, c) => Math.max(floor[c]!, Math.min(n, level)));
  const total = (widths: number[]) => widths.reduce((a, b) => a + b, 0);
  if (total(floor) > available) return undefined;
  let level = Math.max(...natural);
  while (level > 0 && total(widthsAt(level)) > available) level--;
  const widths = widthsAt(level);
  return widths;
}

const TOP = { top: '─', 'top-left': '┌', 'top-mid': '┬', 'top-right': '┐' };
const BOTTOM = { bottom: '─', 'bottom-left': '└', 'bottom-mid': '┴', 'bottom-right': '┘' };
const BETWEEN = { bottom: '─', 'bottom-left': '├', 'bottom-mid': '┼', 'bottom-right': '┤' };
const NONE = { top: '', 'top-left': '', 'top-mid': '', 'top-right': '', mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };

/**
 * The table, drawn by cli-table3 one row at a time: each row is its own small table of
 * one-line cells (wrapped here first), stacked with shared borders. cli-table3 re-measures a
 * cell's whole content for every line it draws, so long multi-line cells would be slow.
 */
function drawTable(spec: TableSpec, widths: number[]): string {
  const colWidths = widths.map((w) => w + PADDING);
  const rows = [spec.columns.map((c) => heading(c.head)), ...spec.rows];
  return rows
    .map((row, i) => {
      const lines = widths.map((w, c) => wrapText(row[c] ?? '', w));
      const height = Math.max(1, ...lines.map((l) => l.length));
      const last = i === rows.length - 1;
      const table = new Table({
        colWidths,
        style: { head: [], border: [], compact: true },
        chars: { ...NONE, ...(i === 0 ? TOP : {}), ...(last ? BOTTOM : BETWEEN) },
      });
      for (let l = 0; l < height; l++) table.push(lines.map((cell) => cell[l] ?? ''));
      return table.toString();
    })
    .join('\n');
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
