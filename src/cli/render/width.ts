/** The layouts every screen has: a wide table, a compact one, or one block per row without borders. */
export type Layout = 'wide' | 'compact' | 'stacked';

/** Below this many columns a table cannot be read; never lay out narrower. */
const NARROWEST = 30;

/**
 * How many columns the output has: the terminal's own width, else `COLUMNS` (when
 * piped, as `COLUMNS=60 durable plan | less`), else 80.
 */
export function outputColumns(stream: { isTTY?: boolean; columns?: number } = process.stdout, env: NodeJS.ProcessEnv = process.env): number {
  const terminal = stream.isTTY ? stream.columns : undefined;
  const fromEnv = Number(env.COLUMNS);
  const columns = terminal && terminal > 0 ? terminal : Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 80;
  return Math.max(NARROWEST, columns);
}

/** Wide from 100 columns, compact from 70, stacked below. */
export function layoutFor(columns: number): Layout {
  return columns >= 100 ? 'wide' : columns >= 70 ? 'compact' : 'stacked';
}
