import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { displayPath, readSource } from '../dataset/read.js';
import { UserError } from '../errors.js';
import type { CheckIn, TrainingLog } from '../schema/log.js';
import { writeFileAtomic } from './atomicWrite.js';
import { byDate } from '../engine/load.js';
import { withLock } from './lock.js';
import { validatedOnce } from './validationCache.js';

/**
 * The training log, validated. No file yet is an empty log; a file that does not parse
 * or validate is an error naming the file, line and field, and is left as it is.
 */
export async function readLog(path: string): Promise<TrainingLog> {
  if (!existsSync(path)) return { version: 1, checkins: [] };
  const { file, text } = readSource(path);
  return validatedOnce(`log:${path}`, [text], async () => {
    const [{ parseYaml }, { TrainingLog }] = await Promise.all([import('../dataset/yamlFile.js'), import('../schema/log.js')]);
    try {
      return parseYaml(file, text, TrainingLog).data;
    } catch (error) {
      if (error instanceof UserError) {
        throw new UserError(`${error.message} (the log was not changed; fix or move it, then try again)`, error.where);
      }
      throw error;
    }
  });
}

async function logText(log: TrainingLog): Promise<string> {
  const { yamlText } = await import('./yamlText.js');
  const sorted = { ...log, checkins: [...log.checkins].sort(byDate) };
  return yamlText('durable training log: one check-in per date. Edit with care; it is checked on every read.', sorted);
}

function writeLog(path: string, text: string): void {
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    throw new UserError(`cannot write the log (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file: displayPath(path) });
  }
}

/**
 * Add or replace the check-in for a date, under a lock, re-reading the log first so
 * that two check-ins at once both land. Refuses to replace an existing check-in
 * unless `replace` is set.
 */
export async function saveCheckIn(path: string, checkIn: CheckIn, { replace = false } = {}): Promise<TrainingLog> {
  // Never write what the next read would refuse: check the entry against the log's schema first.
  const { CheckIn: schema } = await import('../schema/log.js');
  const invalid = schema.safeParse(checkIn).error?.issues[0];
  if (invalid) throw new Error(`refusing to save an invalid check-in (${invalid.path.join('.')}: ${invalid.message})`);
  mkdirSync(dirname(path), { recursive: true });
  return withLock(`${path}.lock`, async () => {
    const log = await readLog(path);
    const others = log.checkins.filter((c) => c.date !== checkIn.date);
    if (others.length !== log.checkins.length && !replace) {
      throw new UserError(`there is already a check-in for ${checkIn.date}; pass --replace to replace it`);
    }
    const updated: TrainingLog = { ...log, checkins: [...others, checkIn] };
    writeLog(path, await logText(updated));
    return updated;
  });
}

/**
 * Remove the check-in for `date`, under the lock, and return it; undefined (and the file
 * untouched) when there is none. The rest of the file, comments included, is kept as it was.
 */
export async function removeCheckIn(path: string, date: string): Promise<CheckIn | undefined> {
  if (!existsSync(path)) return undefined;
  return withLock(`${path}.lock`, async () => {
    const log = await readLog(path);
    const index = log.checkins.findIndex((c) => c.date === date);
    if (index < 0) return undefined;
    const { withoutItem } = await import('./yamlText.js');
    // Found by its date in the file's own order, which a hand edit may have changed.
    const text = withoutItem(readSource(path).text, 'checkins', 'date', date);
    if (text === undefined) return undefined;
    writeLog(path, text);
    return log.checkins[index];
  });
}
