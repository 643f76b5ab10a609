import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { UserError } from '../../src/errors.js';
import type { CheckIn } from '../../src/schema/log.js';
import { withLock } from '../../src/files/lock.js';
import { readLog, saveCheckIn } from '../../src/store/logStore.js';
import { durable, tempHome } from '../cli/run.js';

const checkIn = (date: string, extra: Partial<CheckIn> = {}): CheckIn => ({ date, status: 'done', minutes: 30, rpe: 4, pain: {}, recordedAt: `${date}T08:00:00Z`, ...extra });

/** The one line a runner would see for the error `fn` throws. */
async function userMessage(fn: () => unknown): Promise<string> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof UserError) return error.describe();
    throw error;
  }
  throw new Error('no error');
}

describe('the training log', () => {
  test('starts empty, and keeps one check-in per date', async () => {
    const path = join(tempHome(), 'data', 'log.yaml');
    expect((await readLog(path)).checkins).toEqual([]);
    await saveCheckIn(path, checkIn('2026-11-24'));
    await saveCheckIn(path, checkIn('2026-11-23', { pain: { 'knee-left': 2 } }));
    expect((await readLog(path)).checkins.map((c) => c.date)).toEqual(['2026-11-23', '2026-11-24']);
    await expect(saveCheckIn(path, checkIn('2026-11-24', { rpe: 9 }))).rejects.toThrow(/already a check-in for 2026-11-24; pass --replace/);
    await saveCheckIn(path, checkIn('2026-11-24', { rpe: 9 }), { replace: true });
    expect((await readLog(path)).checkins.find((c) => c.date === '2026-11-24')?.rpe).toBe(9);
  });

  test.each([
    ['a YAML error', 'version: 1\ncheckins:\n  - date: 2026-11-24\n    status: [done\n', /log\.yaml:\d+: YAML syntax error/],
    ['a wrong value', 'version: 1\ncheckins:\n  - date: 2026-11-24\n    status: done\n    minutes: 30\n    rpe: 12\n    recordedAt: 2026-11-24T08:00:00Z\n', /log\.yaml:6: checkins\[0\]\.rpe: .*<=10/],
    ['two check-ins for a date', `version: 1\ncheckins:\n${['a', 'b'].map(() => '  - { date: 2026-11-24, status: skipped, minutes: 0, rpe: 0, recordedAt: "2026-11-24T08:00:00Z" }').join('\n')}\n`, /log\.yaml:4: checkins\[1\]\.date: a second check-in for 2026-11-24/],
    ['an impossible date', 'version: 1\ncheckins:\n  - { date: 2026-02-30, status: skipped, minutes: 0, rpe: 0, recordedAt: "2026-11-24T08:00:00Z" }\n', /checkins\[0\]\.date: expected a real date/],
  ])('with %s is reported with line and field, and kept byte for byte', async (_, text, message) => {
    const path = join(tempHome(), 'log.yaml');
    writeFileSync(path, text);
    expect(await userMessage(() => readLog(path))).toMatch(message);
    await expect(saveCheckIn(path, checkIn('2026-11-25'))).rejects.toThrow(UserError);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  test('refuses to write a check-in its own schema would reject, leaving the log alone', async () => {
    const path = join(tempHome(), 'log.yaml');
    await saveCheckIn(path, checkIn('2026-11-23'));
    const before = readFileSync(path, 'utf8');
    await expect(saveCheckIn(path, checkIn('2026-11-24', { minutes: 32.5 }))).rejects.toThrow(/cannot save this check-in: minutes: .*; the log was not changed/);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  test('two check-ins at once both land', async () => {
    const home = tempHome();
    const dates = ['2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22'];
    const bin = fileURLToPath(new URL('../../bin/durable.js', import.meta.url));
    await Promise.all(
      dates.map(
        (date) =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(process.execPath, [bin, 'checkin', '--date', date, '--status', 'done', '--rpe', '4'], {
              env: { ...process.env, DURABLE_HOME: home, DURABLE_NOW: '2026-11-24T20:00:00' },
              stdio: 'ignore',
            });
            child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`check-in for ${date} exited ${code}`))));
          }),
      ),
    );
    expect((await readLog(join(home, 'log.yaml'))).checkins.map((c) => c.date)).toEqual(dates);
    expect(await withLock(join(home, 'log.yaml.lock'), () => 'free again')).toBe('free again');
  });

  test('a lock left behind by a process that died is taken over', async () => {
    const lock = join(tempHome(), 'log.yaml.lock');
    mkdirSync(lock);
    writeFileSync(join(lock, '7'), '999999999\n');
    expect(await withLock(lock, () => 'got it')).toBe('got it');
    expect(readdirSync(lock).sort()).toEqual(['7', '8', '8.done']);
  });

  test('a kill in the middle of writing leaves the old or the new log, never a broken one', async () => {
    const dir = tempHome();
    const path = join(dir, 'log.yaml');
    // The writer under test, bundled to plain JavaScript for the child process.
    const writer = join(dir, 'atomicWrite.mjs');
    buildSync({ entryPoints: [fileURLToPath(new URL('../../src/files/atomicWrite.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: writer, logLevel: 'silent' });
    // Each version is large, so a kill often lands mid-write; each is valid YAML with a counter.
    // The child says when its first whole write is done; the kill comes after that, at a
    // point that varies from round to round. No sleep decides whether the test passes.
    const script = `
      import { writeFileAtomic } from ${JSON.stringify(writer)};
      const padding = 'x'.repeat(200000);
      for (let i = 1; ; i++) {
        writeFileAtomic(${JSON.stringify(path)}, 'version: ' + i + '\\npadding: ' + padding + '\\n');
        if (i === 1) process.stdout.write('written\\n');
      }
    `;
    for (let round = 0; round < 8; round++) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'ignore'] });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      await new Promise((resolve) => child.stdout.once('data', resolve));
      // Let it write some more versions, a few more each round, then kill it wherever it is.
      for (let spin = 0; spin < round * 3; spin++) await new Promise((resolve) => setImmediate(resolve));
      child.kill('SIGKILL');
      await exited;
      const doc = parse(readFileSync(path, 'utf8')) as { version: number; padding: string };
      expect(doc.version).toBeGreaterThan(0);
      expect(doc.padding).toHaveLength(200000);
    }
    expect(existsSync(path)).toBe(true);
  });
});

test('the CLI never writes a corrupt log over, and says where it is broken', () => {
  const home = tempHome();
  const broken = 'version: 1\ncheckins:\n  - date: 2026-11-24\n    status: maybe\n';
  writeFileSync(join(home, 'log.yaml'), broken);
  for (const args of [['checkin', '--status', 'done', '--rpe', '5'], ['plan'], ['today'], ['history']]) {
    const { status, stderr } = durable(args, { home });
    expect(status).toBe(2);
    expect(stderr).toMatch(/log\.yaml:4: checkins\[0\]\.status: .*the log was not changed/);
  }
  expect(readFileSync(join(home, 'log.yaml'), 'utf8')).toBe(broken);
});
