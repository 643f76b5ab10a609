// A real small disk (tmpfs) filled to within a few kilobytes, and then made read-only.
// Needs root with the right to mount; elsewhere it is skipped with a note, and the
// injected failures in writes.test.ts cover the same ground.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { durable } from '../cli/run.js';

const mountPoint = mkdtempSync(join(tmpdir(), 'durable-tmpfs-'));
let mounted = false;
try {
  if (process.getuid?.() === 0) {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mountPoint], { stdio: 'ignore' });
    mounted = true;
  }
} catch {
  mounted = false;
}
if (!mounted) console.warn('NOTE: tests/reliability/fullDisk.test.ts skipped: mounting a tmpfs needs root with mount rights.');

afterAll(() => {
  if (mounted) execFileSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

const PROFILE = 'level: intermediate\nrunDays: 4\nstrengthDays: 2\nlongRunDay: sunday\nsurfaces: [grass, pavement]\nequipment: []\ntimezone: Europe/Berlin\ntrainingTime: "07:00"\nstartDate: 2026-11-02\n';
const day = (i: number) => new Date(Date.UTC(2026, 8, 1 + i)).toISOString().slice(0, 10);
const LOG = `version: 1\ncheckins:\n${Array.from({ length: 60 }, (_, i) => `  - date: ${day(i)}\n    status: done\n    minutes: 30\n    rpe: 4\n    pain: {}\n    recordedAt: ${day(i)}T08:00:00Z\n`).join('')}`;

const freeBytes = () => {
  const s = statfsSync(mountPoint);
  return s.bavail * s.bsize;
};

describe.skipIf(!mounted)('on a real disk with almost no room', () => {
  let home = '';
  beforeAll(() => {
    home = join(mountPoint, 'home');
    execFileSync('mkdir', ['-p', home]);
  });

  test.each([0, 4096, 8192, 12288])('with %i bytes free, a check-in lands whole or is refused with the log untouched', (room) => {
    rmSync(home, { recursive: true, force: true });
    execFileSync('mkdir', ['-p', home]);
    writeFileSync(join(home, 'profile.yaml'), PROFILE);
    writeFileSync(join(home, 'log.yaml'), LOG);
    // Fill the disk until `room` bytes are left.
    const filler = join(home, 'filler');
    writeFileSync(filler, '');
    for (let size = Math.max(0, freeBytes() - room); size > 0; size = Math.max(0, freeBytes() - room)) {
      try {
        writeFileSync(filler, Buffer.alloc(size, 'x'), { flag: 'a' });
      } catch {
        break;
      }
    }
    const { status, stderr } = durable(['checkin', '--status', 'done', '--rpe', '4'], { home, env: { DURABLE_NO_CACHE: '1' } });
    const after = readFileSync(join(home, 'log.yaml'), 'utf8');
    if (room === 0) expect(status).toBe(2);
    if (status === 0) {
      expect(after.startsWith(LOG)).toBe(true);
      expect(after).toContain('date: 2026-11-24');
    } else {
      expect(status).toBe(2);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/no space left on the disk; (the log was not changed|nothing was changed)/);
      expect(after).toBe(LOG);
      // Room again: the next check-in goes through at once, no stale lock in the way.
      rmSync(filler);
      expect(durable(['checkin', '--status', 'done', '--rpe', '4'], { home, env: { DURABLE_NO_CACHE: '1' } }).status).toBe(0);
      expect(readFileSync(join(home, 'log.yaml'), 'utf8')).toContain('date: 2026-11-24');
    }
  });

  test('a disk the cache has filled: the cache gives its room back and the check-in lands', () => {
    rmSync(home, { recursive: true, force: true });
    execFileSync('mkdir', ['-p', join(home, 'cache')]);
    writeFileSync(join(home, 'profile.yaml'), PROFILE);
    writeFileSync(join(home, 'log.yaml'), LOG);
    // The cache's own files take the room a new log needs; what else is there stays.
    const filler = join(home, 'filler');
    writeFileSync(filler, Buffer.alloc(Math.max(0, freeBytes() - 24_576), 'x'));
    writeFileSync(join(home, 'cache', 'validated-00000000'), Buffer.alloc(Math.max(0, freeBytes() - 8192), 'x'));
    // Room for the lock, not for the new log beside the old one.
    expect(freeBytes()).toBeLessThan(LOG.length + 4096);
    const { status, stdout, stderr } = durable(['checkin', '--status', 'done', '--rpe', '4'], { home });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('Saved');
    const after = readFileSync(join(home, 'log.yaml'), 'utf8');
    expect(after.startsWith(LOG)).toBe(true);
    expect(after).toContain('date: 2026-11-24');
    expect(readFileSync(filler).length).toBeGreaterThan(0);
    expect(existsSync(join(home, 'cache', 'validated-00000000'))).toBe(false);
  });

  test('on a read-only disk, a check-in is refused in one line and nothing changes', () => {
    rmSync(home, { recursive: true, force: true });
    execFileSync('mkdir', ['-p', home]);
    writeFileSync(join(home, 'profile.yaml'), PROFILE);
    writeFileSync(join(home, 'log.yaml'), LOG);
    execFileSync('mount', ['-o', 'remount,ro', mountPoint]);
    try {
      const { status, stderr } = durable(['checkin', '--status', 'done', '--rpe', '4'], { home, env: { DURABLE_NO_CACHE: '1' } });
      expect(status).toBe(2);
      expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/the disk is read-only; (the log was not changed|nothing was changed)/);
      expect(readFileSync(join(home, 'log.yaml'), 'utf8')).toBe(LOG);
    } finally {
      execFileSync('mount', ['-o', 'remount,rw', mountPoint]);
    }
  });
});
