// The lock: two processes never hold it at once, not even while many waiters rush to
// take over from a holder that was killed; and every waiter gets its turn.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { startOf, withLock } from '../../src/files/lock.js';
import { readLog } from '../../src/store/logStore.js';
import { BIN, tempHome } from '../cli/run.js';

/** The lock module as plain JavaScript, for child processes. */
function bundledLock(dir: string): string {
  const out = join(dir, 'lock.mjs');
  buildSync({ entryPoints: [fileURLToPath(new URL('../../src/files/lock.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent' });
  return out;
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
const firstLine = (child: ChildProcess) => new Promise((resolve) => child.stdout!.once('data', resolve));

/** A process that takes the lock, says so, and holds it until it is killed. */
function holder(lockModule: string, lock: string): ChildProcess {
  const script = `
    import { withLock } from ${JSON.stringify(lockModule)};
    await withLock(${JSON.stringify(lock)}, () => { process.stdout.write('held\\n'); return new Promise(() => setInterval(() => {}, 60000)); });
  `;
  return spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
}

test('many waiters and a holder killed: each turn is held by one process at a time, and no count is lost', async () => {
  const dir = tempHome();
  const lockModule = bundledLock(dir);
  const lock = join(dir, 'counter.lock');
  const counter = join(dir, 'counter');
  const inside = join(dir, 'inside');
  const violations = join(dir, 'violations');
  writeFileSync(counter, '0');
  // Each worker adds 1 to the counter, several times, each time under the lock; a marker
  // file created exclusively shows whether anyone else is inside at the same moment.
  const rounds = 5;
  const worker = `
    import { openSync, closeSync, readFileSync, writeFileSync, rmSync, appendFileSync } from 'node:fs';
    import { withLock } from ${JSON.stringify(lockModule)};
    process.stdout.write('ready\\n');
    for (let i = 0; i < ${rounds}; i++) {
      await withLock(${JSON.stringify(lock)}, async () => {
        try { closeSync(openSync(${JSON.stringify(inside)}, 'wx')); }
        catch { appendFileSync(${JSON.stringify(violations)}, process.pid + '\\n'); }
        const n = Number(readFileSync(${JSON.stringify(counter)}, 'utf8'));
        await new Promise((r) => setImmediate(r));
        writeFileSync(${JSON.stringify(counter)}, String(n + 1));
        rmSync(${JSON.stringify(inside)});
      });
    }
  `;
  for (let round = 0; round < 3; round++) {
    const first = holder(lockModule, lock);
    await firstLine(first);
    const workers = Array.from({ length: 12 }, () => spawn(process.execPath, ['--input-type=module', '-e', worker], { stdio: ['ignore', 'pipe', 'inherit'] }));
    const codes = Promise.all(workers.map(exited));
    await Promise.all(workers.map(firstLine));
    // All are waiting on the holder; it dies without letting go.
    const gone = exited(first);
    first.kill('SIGKILL');
    await gone;
    expect(await codes).toEqual(workers.map(() => 0));
  }
  expect(existsSync(violations) ? readFileSync(violations, 'utf8') : '').toBe('');
  expect(Number(readFileSync(counter, 'utf8'))).toBe(3 * 12 * rounds);
});

test('twenty check-ins on a 5,000-entry log, waiting on a holder that is killed, all land', async () => {
  const home = tempHome();
  const lockModule = bundledLock(home);
  const day = (i: number) => new Date(Date.UTC(2012, 0, 1 + i)).toISOString().slice(0, 10);
  const entries = Array.from({ length: 5000 }, (_, i) => `  - date: ${day(i)}\n    status: done\n    minutes: 30\n    rpe: 4\n    pain: {}\n    recordedAt: ${day(i)}T08:00:00Z\n`);
  writeFileSync(join(home, 'log.yaml'), `# years of training\nversion: 1\ncheckins:\n${entries.join('')}`);
  mkdirSync(join(home, 'log.yaml.lock'));
  const first = holder(lockModule, join(home, 'log.yaml.lock'));
  await firstLine(first);
  const dates = Array.from({ length: 20 }, (_, i) => `2026-11-${String(i + 1).padStart(2, '0')}`);
  const checkIns = dates.map((date) =>
    spawn(process.execPath, [BIN, 'checkin', '--date', date, '--status', 'done', '--rpe', '4'], {
      env: { ...process.env, DURABLE_HOME: home, DURABLE_NOW: '2026-11-24T20:00:00', TZ: 'Europe/Berlin' },
      stdio: 'ignore',
    }),
  );
  const codes = Promise.all(checkIns.map(exited));
  first.kill('SIGKILL');
  expect(await codes).toEqual(dates.map(() => 0));
  const log = await readLog(join(home, 'log.yaml'));
  expect(log.checkins).toHaveLength(5020);
  expect(log.checkins.slice(-20).map((c) => c.date)).toEqual(dates);
});

describe('a lock left behind is recognised as no one’s', () => {
  const linux = startOf(process.pid) !== undefined;

  test.runIf(linux)('a holder whose process id now belongs to another program does not keep everyone waiting', async () => {
    const lock = join(tempHome(), 'log.yaml.lock');
    mkdirSync(lock);
    // Our own process id, but a start time that is not ours: the holder that wrote it died
    // and the system has given its id to another program since.
    writeFileSync(join(lock, '1'), `${process.pid}\n1\n`);
    await expect(withLock(lock, () => 'in', { patienceMs: 0 })).resolves.toBe('in');
  });

  test('a holder that still runs is waited for, not taken over', async () => {
    const lock = join(tempHome(), 'log.yaml.lock');
    mkdirSync(lock);
    writeFileSync(join(lock, '1'), `${process.pid}\n${startOf(process.pid) ?? ''}\n`);
    await expect(withLock(lock, () => 'in', { patienceMs: 0 })).rejects.toThrow(/has held the lock/);
  });

  test('the lock file of an earlier durable killed while writing is cleared away', async () => {
    const lock = join(tempHome(), 'log.yaml.lock');
    const gone = spawn(process.execPath, ['-e', '0']);
    await exited(gone);
    writeFileSync(lock, String(gone.pid));
    await expect(withLock(lock, () => 'in', { patienceMs: 0 })).resolves.toBe('in');
    expect(statSync(lock).isDirectory()).toBe(true);
  });

  test('the lock file of an earlier durable still writing is left alone', async () => {
    const lock = join(tempHome(), 'log.yaml.lock');
    writeFileSync(lock, String(process.pid));
    await expect(withLock(lock, () => 'in', { patienceMs: 0 })).rejects.toThrow(/in the way/);
    expect(readFileSync(lock, 'utf8')).toBe(String(process.pid));
  });
});

test('a waiter paused between looking and claiming never gets in beside a later holder', async () => {
  const lock = join(tempHome(), 'log.yaml.lock');
  let inside = 0;
  let most = 0;
  const enter = async (hold: Promise<void>) => {
    inside += 1;
    most = Math.max(most, inside);
    await hold;
    inside -= 1;
  };
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let later: Promise<void> | undefined;
  let paused = false;
  // The slow waiter looks, sees turn 0 over, and stops; meanwhile three others take turns 1 to 3,
  // the last still inside, and the early turns are cleared away, so the number the slow
  // waiter is about to claim is free again.
  const slow = withLock(lock, () => enter(Promise.resolve()), {
    beforeClaim: async () => {
      if (paused) return;
      paused = true;
      await withLock(lock, () => enter(Promise.resolve()));
      await withLock(lock, () => enter(Promise.resolve()));
      let entered!: () => void;
      const third = new Promise<void>((resolve) => (entered = resolve));
      later = withLock(lock, () => {
        entered();
        return enter(held);
      });
      await third;
      // The slow waiter claims its stale turn at once, must notice the newer one, and wait
      // for it: the holder inside leaves only after that.
      setTimeout(release, 0);
    },
  });
  await Promise.all([slow, later]);
  expect(most).toBe(1);
});
