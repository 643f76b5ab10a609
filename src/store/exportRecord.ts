import { existsSync, readFileSync } from 'node:fs';
import { writeFileAtomic } from '../files/atomicWrite.js';

/**
 * Which dates have had an event in an exported calendar file. A later export uses it to
 * cancel the events of days that are no longer training days, so that a re-import leaves
 * no stale session behind. It only ever costs a missed cancellation if lost: a broken or
 * unreadable record is treated as empty.
 */
export function readExportedDates(path: string): Set<string> {
  if (!existsSync(path)) return new Set();
  try {
    const record = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    const dates = (record as { dates?: unknown }).dates;
    if (!Array.isArray(dates)) return new Set();
    return new Set(dates.filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d)));
  } catch {
    return new Set();
  }
}

/** Replace what the record says about `range` with the dates that now have events. */
export function recordExportedDates(path: string, before: ReadonlySet<string>, range: readonly string[], withEvent: readonly string[]): void {
  const inRange = new Set(range);
  const dates = [...[...before].filter((d) => !inRange.has(d)), ...withEvent].sort();
  writeFileAtomic(path, `${JSON.stringify({ version: 1, dates })}\n`);
}
