import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { UserError } from '../errors.js';
import type { CheckIn, TrainingLog } from '../schema/log.js';
import { writeFileAtomic } from '../files/atomicWrite.js';
import { withLock } from '../files/lock.js';
import { describeFileError, displayPath, linkTarget, MAX_FILE_BYTES, readSourceIfAny } from '../files/read.js';
import { clearCache, remember, validatedOnce } from '../files/validationCache.js';
import type { Edited } from './logText.js';

/** Logs shorter than this (some 1,500 check-ins) are read back whole after every edit. */
const FULL_CHECK_BELOW = 256 * 1024;
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
  return validatedLog(linkTarget(path) ?? path, source.file, source.text);
}

/**
 * A view of the training log worked out by `view` (for the history, each check-in as a
 * few numbers), kept in the cache for exactly this text of the log, so that a long log
 * is not read back whole for it. The log is validated as `readLog` validates it.
 */
export async function readLogAs<T>(path: string, name: string, view: (log: TrainingLog) => T): Promise<T> {
  const source = readLogText(path);
  if (!source) return view({ version: 1, checkins: [] });
  const target = linkTarget(path) ?? path;
  return validatedOnce(`${name}:${target}`, [source.text], async () => view(await validatedLog(target, source.file, source.text)));
}

/**
 * Change the log file under its lock: read its text inside the lock (never a cached
 * copy), validate it, edit only the entry concerned, check the edit, then replace the
 * file atomically. Any failure leaves the file as it was and says so.
 */
type Outcome<T> = { edited: Edited; result: T } | { result: T };

async function editLog<T>(path: string, edit: (log: TrainingLog, text: string | undefined) => Outcome<T> | Promise<Outcome<T>>): Promise<T> {
  const file = displayPath(path);
  // Through a symbolic link to its target: the lock and the temp file sit beside the real log.
  const target = linkTarget(path) ?? path;
  try {
    mkdirSync(dirname(target), { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new UserError(`cannot create the log's folder: ${describeFileError(error)}; ${NOT_CHANGED}`, { file });
  }
  return withLock(`${target}.lock`, async () => {
    const source = readLogText(target);
    // The file's own text, validated (the cache only says whether these exact bytes were valid).
    const log = source ? await validatedLog(target, source.file, source.text) : { version: 1 as const, checkins: [] };
    const outcome = await edit(log, source?.text);
    if (!('edited' in outcome)) return outcome.result;
    const { edited } = outcome;
    await checkEdit(file, edited);
    const diskWasFull = writeLog(target, file, edited.text);
    // On a disk that was full, the cache is not filled again.
    if (!diskWasFull) await remember(`log:${target}`, [edited.text], { version: 1, checkins: edited.checkins });
    return outcome.result;
  });
}

const DISK_FULL = new Set(['ENOSPC', 'EDQUOT']);

/**
 * Replace the log with `text`. When the disk is full, the cache's room is given back and
 * the write tried once more: the cache must never cost a check-in. Whether it took that.
 */
function writeLog(target: string, file: string, text: string): boolean {
  try {
    writeFileAtomic(target, text);
    return false;
  } catch (error) {
    if (!DISK_FULL.has((error as NodeJS.ErrnoException).code ?? '') || !clearCache()) throw logWriteError(error, file);
  }
  try {
    writeFileAtomic(target, text);
    return true;
  } catch (error) {
    throw logWriteError(error, file);
  }
}

function logWriteError(error: unknown, file: string): UserError {
  if (error instanceof UserError) return new UserError(`${error.message}; ${NOT_CHANGED}`, error.where);
  return new UserError(`cannot write the log: ${describeFileError(error)}; ${NOT_CHANGED}`, { file });
}

/**
 * Never write what the next read would refuse or read differently. The text is read back
 * whole, except on a long log edited in place: there the rest of the file is the same
 * bytes as before, the entry's own text was checked on its own, and reading 800 KB of
 * YAML again would make a check-in take seconds.
 */
async function checkEdit(file: string, edited: Edited): Promise<void> {
  if (edited.inPlace && edited.text.length > FULL_CHECK_BELOW) return;
  const [{ TrainingLog }, { readYaml }] = await Promise.all([import('../schema/log.js'), import('./logText.js')]);
  const readBack = TrainingLog.safeParse(readYaml(edited.text)).data?.checkins;
  if (!readBack || !isDeepStrictEqual(readBack, edited.checkins)) {
    throw new Error(`editing the log went wrong for ${file}; ${NOT_CHANGED}`);
  }
}

async function validatedLog(path: string, file: string, text: string): Promise<TrainingLog> {
  return validatedOnce(`log:${path}`, [text], () => parseLog(file, text));
}

/**
 * The entries as the log's schema reads them, each one's text checked to read back as the
 * entry itself: never write what the next read would refuse or read differently.
 */
async function checkedEntries(path: string, checkIns: readonly CheckIn[]): Promise<CheckIn[]> {
  const { CheckIn: schema } = await import('../schema/log.js');
  const entries = checkIns.map((checkIn) => {
    const valid = schema.safeParse(checkIn);
    const invalid = valid.error?.issues[0];
    if (invalid) throw new UserError(`cannot save ${checkIns.length === 1 ? 'this check-in' : `the check-in for ${checkIn.date}`}: ${invalid.path.join('.')}: ${invalid.message}; ${NOT_CHANGED}`, { file: displayPath(path) });
    return valid.data!;
  });
  const { entryText, readYaml } = await import('./logText.js');
  const readBack = readYaml(entries.map((entry) => entryText(entry, '')).join('')) as unknown[] | null;
  entries.forEach((entry, i) => {
    if (!isDeepStrictEqual(schema.safeParse(readBack?.[i]).data, entry)) throw new Error(`the check-in for ${entry.date} does not read back as written; ${NOT_CHANGED}`);
  });
  return entries;
}

/**
 * Add or replace the check-in for a date, under a lock, re-reading the log first so
 * that two check-ins at once both land. Refuses to replace an existing check-in
 * unless `replace` is set. Only the entry's own text changes: comments, formatting
 * and every other entry stay byte for byte.
 */
export async function saveCheckIn(path: string, checkIn: CheckIn, { replace = false } = {}): Promise<TrainingLog> {
  const [entry] = await checkedEntries(path, [checkIn]);
  const { putEntry } = await import('./logText.js');
  return editLog(path, (log, text) => {
    const exists = log.checkins.some((c) => c.date === entry!.date);
    if (exists && !replace) throw new UserError(`there is already a check-in for ${entry!.date}; pass --replace to replace it`);
    const edited = putEntry(text ?? `${LOG_HEADER}version: 1\ncheckins: []\n`, log.checkins, entry!);
    return { edited, result: { ...log, checkins: edited.checkins } };
  });
}

/**
 * Many check-ins in one write (an import). `merge` is given the log as read under the lock
 * (another check-in may have landed since it was last read) and returns the entries to
 * add or replace; only their text changes, written once.
 */
export async function saveCheckIns<T>(path: string, merge: (log: TrainingLog) => { checkIns: CheckIn[]; result: T }): Promise<T> {
  const { putEntries } = await import('./logText.js');
  return editLog(path, async (log, text) => {
    const { checkIns, result } = merge(log);
    if (!checkIns.length) return { result };
    const edited = putEntries(text ?? `${LOG_HEADER}version: 1\ncheckins: []\n`, log.checkins, await checkedEntries(path, checkIns));
    return { edited, result };
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
    return { edited: removeEntry(text, log.checkins, date), result: removed };
  });
}

/**
 * Say whether the pain of the check-in for `date` had settled by the next morning: only that
 * field of that entry changes, under the lock, the rest of the file byte for byte. `check`
 * sees the entry first (undefined when there is none) and may refuse by throwing.
 */
export async function setSettledNextMorning(path: string, date: string, settled: boolean, check: (found: CheckIn | undefined) => void): Promise<CheckIn> {
  const { putEntry } = await import('./logText.js');
  return editLog(path, (log, text) => {
    const found = log.checkins.find((c) => c.date === date);
    check(found);
    const entry = { ...found!, settledNextMorning: settled };
    return { edited: putEntry(text!, log.checkins, entry), result: entry };
  });
}
