// A full disk, a short write, a read-only disk: the file system's failures are injected
// here, in the process, so each one is tried every time, whatever the machine.
import * as realFs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { CheckIn } from '../../src/schema/log.js';

/** What the next writes do: pass (undefined), write at most n bytes a call, or fail with a code. */
const disk: { maxBytesPerWrite?: number; failAfterBytes?: number; failCode?: string; failOpenCode?: string; written: number } = { written: 0 };

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeSync = (fd: number, buffer: Uint8Array, offset = 0, length = buffer.length - offset, ...rest: unknown[]) => {
    let n = length;
    if (disk.maxBytesPerWrite !== undefined) n = Math.min(n, disk.maxBytesPerWrite);
    if (disk.failAfterBytes !== undefined) {
      const room = disk.failAfterBytes - disk.written;
      if (room <= 0) throw Object.assign(new Error(`${disk.failCode ?? 'ENOSPC'}: injected`), { code: disk.failCode ?? 'ENOSPC' });
      n = Math.min(n, room);
    }
    disk.written += n;
    return (fs.writeSync as (...a: unknown[]) => number)(fd, buffer, offset, n, ...rest);
  };
  const openSync = (path: realFs.PathLike, flags: realFs.OpenMode = 'r', mode?: realFs.Mode) => {
    if (disk.failOpenCode && String(flags).includes('w')) throw Object.assign(new Error(`${disk.failOpenCode}: injected`), { code: disk.failOpenCode });
    return fs.openSync(path, flags, mode);
  };
  return { ...fs, default: { ...fs, writeSync, openSync }, writeSync, openSync };
});

const { writeFileAtomic } = await import('../../src/files/atomicWrite.js');
const { readLog, saveCheckIn } = await import('../../src/store/logStore.js');
const { tempHome } = await import('../cli/run.js');

const checkIn = (date: string): CheckIn => ({ date, status: 'done', minutes: 30, rpe: 4, pain: {}, recordedAt: `${date}T08:00:00Z` });

afterEach(() => {
  for (const key of ['maxBytesPerWrite', 'failAfterBytes', 'failCode', 'failOpenCode'] as const) delete disk[key];
  disk.written = 0;
});

/** A log of `n` check-ins (one a day from 2026-01-01), as durable writes it. */
function logWith(n: number): string {
  const path = join(tempHome(), 'log.yaml');
  const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
  const entries = Array.from({ length: n }, (_, i) => `  - date: ${day(i)}\n    status: done\n    minutes: 30\n    rpe: 4\n    pain: {}\n    recordedAt: ${day(i)}T08:00:00Z\n`);
  realFs.writeFileSync(path, `# my training\nversion: 1\ncheckins:\n${entries.join('')}`);
  return path;
}

const tempFiles = (path: string) => realFs.readdirSync(join(path, '..')).filter((f) => f.endsWith('.tmp'));

describe('a disk that takes fewer bytes than asked', () => {
  test('still gets every byte of the file: short writes are written on, never cut off', () => {
    const path = join(tempHome(), 'file.txt');
    const content = 'é'.repeat(5000) + 'end\n';
    disk.maxBytesPerWrite = 7;
    writeFileAtomic(path, content);
    expect(realFs.readFileSync(path, 'utf8')).toBe(content);
  });

  test('a check-in on a log written 100 bytes at a time keeps every entry', async () => {
    const path = logWith(3);
    disk.maxBytesPerWrite = 100;
    await saveCheckIn(path, checkIn('2026-10-20'));
    expect((await readLog(path)).checkins.map((c) => c.date)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-10-20']);
  });
});

describe.each(['ENOSPC', 'EDQUOT', 'EIO', 'EROFS'])('a disk failing with %s', (code) => {
  // The first bytes written are the lock's; the log (some 6 KB) comes after.
  test.each([0, 1, 100, 4096])('after %i bytes: the log stays as it was, no temp file or stale lock is left, and the message says so', async (after) => {
    const path = logWith(60);
    const before = realFs.readFileSync(path);
    disk.failAfterBytes = after;
    disk.failCode = code;
    const error = await saveCheckIn(path, checkIn('2026-10-28')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).describe()).toMatch(/log\.yaml(\.lock)?: cannot (write the log|take the lock): .*(the log was not changed|nothing was changed)$/);
    expect((error as UserError).exitCode).toBe(2);
    expect(realFs.readFileSync(path)).toEqual(before);
    expect(tempFiles(path)).toEqual([]);
    // Nothing stale is left behind: once there is room again, the next check-in lands at once.
    delete disk.failAfterBytes;
    await saveCheckIn(path, checkIn('2026-10-28'));
    expect((await readLog(path)).checkins).toHaveLength(61);
  });
});

test('a read-only disk: the check-in is refused in one line and the log is untouched', async () => {
  const path = logWith(2);
  const before = realFs.readFileSync(path);
  disk.failOpenCode = 'EROFS';
  const error = (await saveCheckIn(path, checkIn('2026-10-28')).catch((e: unknown) => e)) as UserError;
  expect(error.describe()).toMatch(/the disk is read-only.*(not changed|nothing was changed)/);
  expect(realFs.readFileSync(path)).toEqual(before);
});

test('a write that makes no progress at all is an error, not an endless loop or a short file', () => {
  const path = join(tempHome(), 'file.txt');
  realFs.writeFileSync(path, 'old');
  disk.maxBytesPerWrite = 0;
  expect(() => writeFileAtomic(path, 'new content')).toThrow(/the disk took no more bytes/);
  expect(realFs.readFileSync(path, 'utf8')).toBe('old');
  expect(tempFiles(path)).toEqual([]);
});
