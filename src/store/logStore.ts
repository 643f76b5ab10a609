import { dirname } from 'node:path';
import { UserError } from '../errors.js';
import type { CheckIn, TrainingLog } from '../schema/log.js';
import { writeFileAtomic } from '../files/atomicWrite.js';
import { withLock } from '../files/lock.js';
import { describeFileError, displayPath, linkTarget, MAX_FILE_BYTES, readSourceIfAny } from '../files/read.js';
import { validatedOnce } from '../files/validationCache.js';

const NOT_CHANGED = 'the log was not changed';
const LOG_HEADER = '# durable training log: one check-in per date. Edit with care; it is checked on every read.\n';

/** Parse and validate log text; a problem names the file, line and field, and says the log is untouched. */
async function parseLog(file: string, text: string): Promise<TrainingLog> {
  const [{ parseYaml }, { TrainingLog }] = await Promise.all([import('../files/yamlFile.js'), import('../schema/log.js')]);
  try {
    return parseYaml(file, text, TrainingLog).data;
  } catch (error) {
    if (error instanceof UserError) {
      throw new UserError(`${error.message} (${NOT_CHANGED}; fix or move it, then try again)`, error.where);
    }
    throw error;
  }
}

async function isLogShaped(value: unknown): Promise<boolean> {
  const { TrainingLog } = await import('../schema/log.js');
  return TrainingLog.safeParse(value).success;
}

/** The log's text, or undefined when there is no log yet. Every failure is one line saying the log is untouched. */
function readLogText(path: string): { file: string; text: string } | undefined {
  try {
    return readSourceIfAny(path, MAX_FILE_BYTES.log);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${error.message} (${NOT_CHANGED})`, error.where);
    throw error;
  }
}

/**
 * The training log, validated. No file yet is an empty log; a file that does not parse
 * or validate is an error naming the file, line and field, and is left as it is.
 */
export async function readLog(path: string): Promise<TrainingLog> {
  const source = readLogText(path);
  if (!source) return { version: 1, checkins: [] };
  return validatedOnce(`log:${path}`, [source.text], () => parseLog(source.file, source.text), isLogShaped);
}

/** What a change did to the log's entries, so the written text can be checked against it. */
type Change = { kind: 'put'; checkIn: CheckIn } | { kind: 'remove'; date: string };

/**
 * Change the log file under its lock: read its text inside the lock (never a cached
 * copy), validate it, edit only the entry concerned, check that the new text reads back
 * as exactly the intended entries, then replace the file atomically. Any failure leaves
 * the file as it was and says so.
 */
async function editLog<T>(path: string, edit: (log: TrainingLog, text: string | undefined) => { text: string; change: Change; result: T } | { result: T }): Promise<T> {
  const file = displayPath(path);
  // Through a symbolic link to its target: the lock and the temp file sit beside the real log.
  const target = linkTarget(path) ?? path;
  try {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new UserError(`cannot create the log's folder: ${describeFileError(error)}; ${NOT_CHANGED}`, { file });
  }
  return withLock(`${target}.lock`, async () => {
    const source = readLogText(target);
    const log = source ? await parseLog(file, source.text) : { version: 1 as const, checkins: [] };
    const outcome = edit(log, source?.text);
    if (!('text' in outcome)) return outcome.result;
    const expected = applyChange(log.checkins, outcome.change);
    const written = await parseLog(file, outcome.text).catch(() => undefined);
    if (!written || !sameEntries(written.checkins, expected)) {
      throw new Error(`editing the log in place went wrong for ${file}; ${NOT_CHANGED}`);
    }
    try {
      writeFileAtomic(target, outcome.text);
    } catch (error) {
      if (error instanceof UserError) throw new UserError(`${error.message}; ${NOT_CHANGED}`, error.where);
      throw new UserError(`cannot write the log: ${describeFileError(error)}; ${NOT_CHANGED}`, { file });
    }
    return outcome.result;
  });
}

function applyChange(checkIns: readonly CheckIn[], change: Change): CheckIn[] {
  const date = change.kind === 'put' ? change.checkIn.date : change.date;
  const others = checkIns.filter((c) => c.date !== date);
  return change.kind === 'put' ? [...others, change.checkIn] : others;
}

function sameEntries(a: readonly CheckIn[], b: readonly CheckIn[]): boolean {
  const key = (list: readonly CheckIn[]) =>
    list
      .map((c) => JSON.stringify(c, Object.keys(c).sort()))
      .sort()
      .join('\n');
  return a.length === b.length && key(a) === key(b);
}

/**
 * Add or replace the check-in for a date, under a lock, re-reading the log first so
 * that two check-ins at once both land. Refuses to replace an existing check-in
 * unless `replace` is set. Only the entry's own text changes: comments, formatting
 * and every other entry stay byte for byte.
 */
export async function saveCheckIn(path: string, checkIn: CheckIn, { replace = false } = {}): Promise<TrainingLog> {
  // Never write what the next read would refuse: check the entry against the log's schema first.
  const { CheckIn: schema } = await import('../schema/log.js');
  const invalid = schema.safeParse(checkIn).error?.issues[0];
  if (invalid) throw new UserError(`cannot save this check-in: ${invalid.path.join('.')}: ${invalid.message}; ${NOT_CHANGED}`, { file: displayPath(path) });
  const { putEntry } = await import('./logText.js');
  return editLog(path, (log, text) => {
    const exists = log.checkins.some((c) => c.date === checkIn.date);
    if (exists && !replace) throw new UserError(`there is already a check-in for ${checkIn.date}; pass --replace to replace it`);
    const change: Change = { kind: 'put', checkIn };
    return { text: putEntry(text ?? `${LOG_HEADER}version: 1\ncheckins: []\n`, checkIn), change, result: { ...log, checkins: applyChange(log.checkins, change) } };
  });
}

/**
 * Remove the check-in for a date, with the same care as saving one: under the lock,
 * only that entry's text goes, the rest of the file stays byte for byte. Returns the
 * removed check-in, or undefined (and leaves the file alone) when there was none.
 */
export async function removeCheckIn(path: string, date: string): Promise<CheckIn | undefined> {
  const { removeEntry } = await import('./logText.js');
  return editLog(path, (log, text) => {
    const removed = log.checkins.find((c) => c.date === date);
    if (!removed || text === undefined) return { result: undefined };
    return { text: removeEntry(text, date), change: { kind: 'remove', date }, result: removed };
  });
}
