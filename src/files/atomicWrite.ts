import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.js';
import { displayPath, linkTarget } from './read.js';

export interface WriteOptions {
  /** Create the folder (0700) when it does not exist yet. */
  createFolder?: boolean;
  /** Permissions for a file that does not exist yet; an existing file keeps its own. */
  mode?: number;
  /** Replace a symbolic link at `path` with the file, instead of writing through it (for caches). */
  replaceLink?: boolean;
  /** Flush to disk before and after the rename (off for caches: a torn entry is caught when read). */
  flush?: boolean;
}

/** Temp files of this name pattern beside `name`: `.log.yaml.<pid>.<random>.tmp`. */
const tempPattern = (name: string) => new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d+)\\.[a-z0-9]+\\.tmp$`);

/**
 * Replace a file so that readers (and a crash at any moment) see either the old or the
 * new content, never a mix: write every byte to a temp file beside it, flush it to disk,
 * rename it over the target, then flush the folder so the rename itself survives a power
 * cut. On any error the old file is left as it was and the temp file is removed.
 *
 * A symbolic link is written through to its target (a dotfiles setup stays a link); a
 * link that points nowhere or loops is an error and nothing is written. The file keeps
 * its permissions; a new one gets `mode` (0600 unless told: a log is health data).
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, { createFolder = true, mode = 0o600, replaceLink = false, flush = true }: WriteOptions = {}): void {
  const target = replaceLink ? path : (linkTarget(path) ?? path);
  const found = replaceLink ? lstatIfAny(target) : statIfAny(target);
  const existing = found?.isSymbolicLink() ? undefined : found;
  if (existing && !existing.isFile()) {
    throw new UserError(existing.isDirectory() ? 'is a folder, not a file' : 'is not a regular file (a device, pipe or socket); nothing was written', { file: displayPath(path) });
  }
  const dir = dirname(target);
  if (createFolder) fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  removeAbandonedTemps(dir, basename(target));
  const temp = join(dir, `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
  try {
    // 'wx' refuses to open a name that exists, so nothing is clobbered.
    const fd = fs.openSync(temp, 'wx', existing ? existing.mode & 0o7777 : mode);
    try {
      writeAll(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
      if (existing) keepOwnership(fd, existing);
      if (flush) fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, target);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  if (flush) syncFolder(dir);
}

/**
 * Write all of `bytes`: `write` may write fewer bytes than asked (a full disk, a signal),
 * and what it did not write must be written or reported, never silently dropped.
 */
export function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    const n = fs.writeSync(fd, bytes, done, bytes.length - done);
    if (!(n > 0)) throw Object.assign(new Error('the disk took no more bytes'), { code: 'ENOSPC' });
    done += n;
  }
}

function statIfAny(path: string, stat: (path: string) => fs.Stats = fs.statSync): fs.Stats | undefined {
  try {
    return stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const lstatIfAny = (path: string) => statIfAny(path, fs.lstatSync);

/** The same permissions (umask aside) and, where allowed, the same owner as the file replaced. */
function keepOwnership(fd: number, existing: fs.Stats): void {
  fs.fchmodSync(fd, existing.mode & 0o7777);
  try {
    if (process.getuid?.() === 0) fs.fchownSync(fd, existing.uid, existing.gid);
  } catch {
    // Only root may give a file away; anyone else writes their own files.
  }
}

/**
 * Temp files of writers that were killed before they could rename or remove them. A
 * temp file whose writer still runs is left alone; one whose process is gone is removed.
 */
export function removeAbandonedTemps(dir: string, name: string): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  const pattern = tempPattern(name);
  for (const entry of names) {
    const pid = Number(pattern.exec(entry)?.[1]);
    if (!pid || isRunning(pid)) continue;
    fs.rmSync(join(dir, entry), { force: true });
  }
}

/** Whether a process runs: signal 0 checks without sending anything. */
export function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

function syncFolder(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some platforms (Windows) cannot open a folder; the rename is still atomic there.
  }
}
