import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, readlinkSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { UserError } from '../errors.js';

/** A file's name (as it should appear in messages) and its text. */
export interface Source {
  file: string;
  text: string;
}

/** The largest file durable reads, in bytes: far above any real file, far below what would exhaust memory. */
export const MAX_FILE_BYTES = {
  /** A profile is a dozen lines. */
  profile: 1 << 20,
  /**
   * A check-in is some 120 bytes: 16 MB holds about 140,000 of them, a daily check-in
   * for 380 years. A log beyond it is refused at once rather than parsed for minutes.
   */
  log: 16 << 20,
  /** Dataset and extras files: a few hundred exercises are some 100 KB. */
  dataset: 16 << 20,
  /** A cache entry: a log's validated copy, or the code compiled for the bundle. */
  cache: 64 << 20,
} as const;

/** A path as a user would want to read it: relative when under the working directory. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** What went wrong with a file, in words, from a Node error code. */
export function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'file not found';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENOTDIR':
      return 'a part of the path is a file, not a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'no space left on the disk';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'the disk is read-only';
    case 'EIO':
      return 'input/output error from the disk';
    case 'ELOOP':
      return 'symbolic links loop';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many open files';
    default:
      return `cannot use the file (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/**
 * Where a path really leads. A symbolic link is followed to its target; one that points
 * nowhere or loops is an error naming where it points (never "no file"). Returns the
 * target, or undefined when nothing at all is at `path`.
 */
export function linkTarget(path: string): string | undefined {
  let link;
  try {
    link = lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(describeFileError(error), { file: displayPath(path) });
  }
  if (!link.isSymbolicLink()) return path;
  try {
    return realpathSync(path);
  } catch (error) {
    const to = readlinkSync(path);
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ELOOP' ? `is a symbolic link to ${to} that loops back on itself` : code === 'ENOENT' ? `is a symbolic link to ${to}, which does not exist` : `is a symbolic link to ${to}: ${describeFileError(error)}`;
    throw new UserError(`${why}; fix or remove the link`, { file: displayPath(path) });
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Read a text file, turning every failure into a one-line UserError: not a regular
 * file (a folder, a device such as /dev/zero), larger than `maxBytes`, binary, or not
 * valid UTF-8 (a Latin-1 note would otherwise be rewritten as U+FFFD).
 */
export function readSource(path: string, maxBytes: number = MAX_FILE_BYTES.dataset): Source {
  const file = displayPath(path);
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') linkTarget(path); // a dangling link says where it points
    throw new UserError(describeFileError(error), { file });
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new UserError('is a folder, not a file', { file });
    if (!stat.isFile()) throw new UserError('is not a regular file (a device, pipe or socket); give the path of a YAML file', { file });
    if (stat.size > maxBytes) throw new UserError(`is ${megabytes(stat.size)}, more than the ${megabytes(maxBytes)} durable reads; is it the right file?`, { file });
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    for (;;) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
      if (read === bytes.length) break;
    }
    const content = bytes.subarray(0, read);
    if (content.includes(0)) throw new UserError('not a text file (it contains NUL bytes)', { file });
    try {
      return { file, text: utf8.decode(content) };
    } catch {
      throw new UserError(`is not valid UTF-8 text (near byte ${firstBadByte(content)}); save it as UTF-8 and try again`, { file });
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(describeFileError(error), { file });
  } finally {
    closeSync(fd);
  }
}

function megabytes(bytes: number): string {
  return bytes >= 1 << 20 ? `${Math.round(bytes / (1 << 20))} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** The offset of the first byte that does not decode, for the error message. */
function firstBadByte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // Decoding a prefix fails once the prefix holds the bad byte (or ends mid-character).
  while (high - low > 4) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid;
    }
  }
  return low;
}

/**
 * The bytes of a file that is only a shortcut (a cache entry), or undefined when it is
 * missing, a link, not a regular file (a pipe is never waited on, a device never read),
 * or larger than `maxBytes`.
 */
export function readRegularFile(path: string, maxBytes: number = MAX_FILE_BYTES.cache): Buffer | undefined {
  let fd: number;
  try {
    // Never through a link: what the cache holds is its own files, not whatever one points at.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile() || stat.size > maxBytes) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}

/** The file at `path` as text, or undefined when there is none (a dangling link is an error). */
export function readSourceIfAny(path: string, maxBytes?: number): Source | undefined {
  return linkTarget(path) === undefined ? undefined : readSource(path, maxBytes);
}
