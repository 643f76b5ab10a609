// The runner's files as they really are: symlinked from a dotfiles folder, commented by
// hand, kept private, next to a cache that may be broken or forged, sometimes huge.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { removeCheckIn, saveCheckIn } from '../../src/store/logStore.js';
import type { CheckIn } from '../../src/schema/log.js';
import { durable, tempHome } from '../cli/run.js';

const PROFILE = 'level: intermediate\nrunDays: 4\nstrengthDays: 2\nlongRunDay: sunday\nsurfaces: [grass, pavement]\nequipment: []\ntimezone: Europe/Berlin\ntrainingTime: "07:00"\nstartDate: 2026-11-02\n';
const CHECKIN = ['checkin', '--status', 'done', '--rpe', '4'];
const mode = (path: string) => statSync(path).mode & 0o777;
const checkIn = (date: string, extra: Partial<CheckIn> = {}): CheckIn => ({ date, status: 'done', minutes: 30, rpe: 4, pain: {}, recordedAt: `${date}T08:00:00Z`, ...extra });

/** One line on stderr, exit 2. */
function refused(result: { status: number | null; stderr: string }, message: RegExp) {
  expect(result.status).toBe(2);
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(message);
}

describe('symbolic links', () => {
  test('a symlinked log is written through: it stays a link and its target gets the check-in', () => {
    const home = tempHome();
    const dotfiles = join(home, 'dotfiles');
    mkdirSync(dotfiles);
    writeFileSync(join(dotfiles, 'log.yaml'), 'version: 1\ncheckins: []\n');
    symlinkSync(join(dotfiles, 'log.yaml'), join(home, 'log.yaml'));
    expect(durable(CHECKIN, { home }).status).toBe(0);
    expect(lstatSync(join(home, 'log.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dotfiles, 'log.yaml'), 'utf8')).toContain('date: 2026-11-24');
  });

  test('a symlinked profile stays a link when init updates it', () => {
    const home = tempHome();
    const dotfiles = join(home, 'dotfiles');
    mkdirSync(dotfiles);
    writeFileSync(join(dotfiles, 'profile.yaml'), PROFILE);
    symlinkSync(join(dotfiles, 'profile.yaml'), join(home, 'profile.yaml'));
    expect(durable(['init', '--run-days', '3', '--yes'], { home }).status).toBe(0);
    expect(lstatSync(join(home, 'profile.yaml')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dotfiles, 'profile.yaml'), 'utf8')).toContain('runDays: 3');
  });

  test.each([
    ['points nowhere', (home: string) => symlinkSync(join(home, 'gone', 'log.yaml'), join(home, 'log.yaml')), /log\.yaml: is a symbolic link to .*gone\/log\.yaml, which does not exist/],
    ['loops', (home: string) => (symlinkSync(join(home, 'b.yaml'), join(home, 'log.yaml')), symlinkSync(join(home, 'log.yaml'), join(home, 'b.yaml'))), /log\.yaml: is a symbolic link to .*b\.yaml that loops back on itself/],
  ])('a log link that %s is an error naming its target, and nothing is written', (_, link, message) => {
    const home = tempHome();
    link(home);
    for (const args of [CHECKIN, ['today']]) refused(durable(args, { home }), message);
    expect(existsSync(join(home, 'gone'))).toBe(false);
    expect(readdirSync(home).filter((f) => f.startsWith('log.yaml') && f !== 'log.yaml')).toEqual([]);
  });
});

test('export --out through a symlink writes the calendar the link points to, and the link stays', () => {
  const home = tempHome();
  mkdirSync(join(home, 'synced'));
  writeFileSync(join(home, 'synced', 'plan.ics'), 'old calendar');
  symlinkSync(join(home, 'synced', 'plan.ics'), join(home, 'plan.ics'));
  expect(durable(['export', '--out', join(home, 'plan.ics')], { home }).status).toBe(0);
  expect(lstatSync(join(home, 'plan.ics')).isSymbolicLink()).toBe(true);
  expect(readFileSync(join(home, 'synced', 'plan.ics'), 'utf8')).toMatch(/^BEGIN:VCALENDAR/);
});

describe('permissions', () => {
  test('a new log and a new profile are readable by the runner only', () => {
    const home = tempHome();
    expect(durable(['init', '--yes'], { home }).status).toBe(0);
    expect(durable(CHECKIN, { home }).status).toBe(0);
    expect(mode(join(home, 'profile.yaml'))).toBe(0o600);
    expect(mode(join(home, 'log.yaml'))).toBe(0o600);
  });

  test('a check-in keeps the permissions the runner gave the log', () => {
    const home = tempHome();
    writeFileSync(join(home, 'log.yaml'), 'version: 1\ncheckins: []\n');
    chmodSync(join(home, 'log.yaml'), 0o640);
    expect(durable(CHECKIN, { home }).status).toBe(0);
    expect(mode(join(home, 'log.yaml'))).toBe(0o640);
  });
});

test('temp files left by killed writers are removed by the next write; a live writer’s are kept', () => {
  const home = tempHome();
  writeFileSync(join(home, 'log.yaml'), 'version: 1\ncheckins: []\n');
  const dead = join(home, '.log.yaml.999999999.abc123.tmp');
  const alive = join(home, `.log.yaml.${process.pid}.def456.tmp`);
  writeFileSync(dead, 'half a log');
  writeFileSync(alive, 'being written');
  expect(durable(CHECKIN, { home }).status).toBe(0);
  expect(existsSync(dead)).toBe(false);
  expect(existsSync(alive)).toBe(true);
});

describe('the cache', () => {
  const logWithOne = 'version: 1\ncheckins:\n  - date: 2026-11-23\n    status: done\n    minutes: 40\n    rpe: 5\n    recordedAt: 2026-11-23T19:00:00+01:00\n';

  /** The cache file holding the log's entries. */
  function logCache(home: string): string {
    const dir = join(home, 'cache');
    const file = readdirSync(dir).find((f) => f.startsWith('validated-') && readFileSync(join(dir, f), 'utf8').includes('"checkins"'));
    return join(dir, file!);
  }

  test('a forged cache entry with the right key is not believed, and never written into the log', () => {
    const home = tempHome();
    writeFileSync(join(home, 'log.yaml'), logWithOne);
    expect(durable(['today', '--json'], { home }).status).toBe(0);
    const cache = logCache(home);
    // The same lengths, another effort and duration: only the entry's own CRC tells.
    const entry = readFileSync(cache, 'utf8');
    expect(entry).toContain('"minutes":40,"rpe":5');
    writeFileSync(cache, entry.replace('"minutes":40,"rpe":5', '"minutes":-4,"rpe":9'));
    const today = durable(['today', '--date', '2026-11-23', '--json'], { home });
    expect(today.status).toBe(0);
    expect((JSON.parse(today.stdout) as { checkIn: unknown }).checkIn).toMatchObject({ rpe: 5, minutes: 40 });
    expect(durable(CHECKIN, { home }).status).toBe(0);
    const log = readFileSync(join(home, 'log.yaml'), 'utf8');
    expect(log.startsWith(logWithOne)).toBe(true);
    expect(log).not.toMatch(/rpe: 9|-4/);
  });

  test('a link planted in the cache is replaced, and the file it points to is left alone', () => {
    const home = tempHome();
    writeFileSync(join(home, 'log.yaml'), logWithOne);
    expect(durable(['today'], { home }).status).toBe(0);
    const cache = logCache(home);
    const elsewhere = join(tempHome(), 'notes.txt');
    writeFileSync(elsewhere, 'my own notes\n', { mode: 0o644 });
    writeFileSync(join(home, 'log.yaml'), `${logWithOne.replace('rpe: 5', 'rpe: 6')}`);
    execFileSync('rm', [cache]);
    symlinkSync(elsewhere, cache);
    expect(durable(['today'], { home }).status).toBe(0);
    expect(readFileSync(elsewhere, 'utf8')).toBe('my own notes\n');
    expect(lstatSync(cache).isSymbolicLink()).toBe(false);
  });

  test('a pipe, a device or a file where the cache should be: the command still works, without waiting or a stack trace', () => {
    const home = tempHome();
    const first = durable(['today'], { home });
    const dir = join(home, 'cache');
    for (const file of readdirSync(dir)) {
      execFileSync('rm', [join(dir, file)]);
      if (file.startsWith('code-')) symlinkSync('/dev/zero', join(dir, file));
      else execFileSync('mkfifo', [join(dir, file)]);
    }
    expect(durable(['today'], { home })).toEqual(first);
    const blocked = tempHome();
    writeFileSync(join(blocked, 'cache'), 'not a folder\n');
    expect(durable(['today'], { home: blocked })).toEqual(first);
  });

  test('a built-in dataset file changed after the build is read as it is now, whatever its date says', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const copy = join(tempHome(), 'durable');
    for (const part of ['bin', 'dist', 'data', 'package.json']) cpSync(join(root, part), join(copy, part), { recursive: true, preserveTimestamps: true });
    const rules = join(copy, 'data', 'rules.yaml');
    const { atime, mtime } = statSync(rules);
    writeFileSync(rules, readFileSync(rules, 'utf8').replace('at a conversational pace', 'at a chatty pace'));
    utimesSync(rules, atime, new Date(mtime.getTime() - 86_400_000));
    const home = tempHome();
    const run = (args: string[]) => spawnSync(process.execPath, [join(copy, 'bin', 'durable.js'), ...args], { env: { PATH: process.env.PATH, HOME: home, DURABLE_HOME: home, DURABLE_NOW: '2026-11-24T07:30:00', TZ: 'Europe/Berlin' }, encoding: 'utf8' });
    expect(run(['today']).stdout).toContain('at a chatty pace');
    writeFileSync(rules, `${readFileSync(rules, 'utf8')}broken: [\n`);
    utimesSync(rules, atime, new Date(mtime.getTime() - 86_400_000));
    const validate = run(['validate']);
    expect(validate.status).toBe(2);
    expect(validate.stderr).toMatch(/rules\.yaml:\d+: YAML syntax error/);
  });

  test('damaged compiled code in the cache is never run: the plan prints the same, and the code is compiled again', () => {
    const home = tempHome();
    const first = durable(['plan'], { home });
    const dir = join(home, 'cache');
    const code = readdirSync(dir).filter((f) => f.startsWith('code-'));
    expect(code).not.toEqual([]);
    for (const file of code) {
      const bytes = readFileSync(join(dir, file));
      for (let i = bytes.length >> 1; i < bytes.length; i += 97) bytes[i]! ^= 0xff;
      writeFileSync(join(dir, file), bytes);
    }
    const again = durable(['plan'], { home });
    expect(again).toEqual(first);
    const third = durable(['plan'], { home });
    expect(third).toEqual(first);
  });

  test.each([
    ['cut short', (text: string) => text.slice(0, text.length / 2)],
    ['of garbage', () => '\u0000\u0001garbage'],
    ['of another shape', () => JSON.stringify({ key: 1, value: 'x' })],
    ['from another build', (text: string) => text.replace(/^durable-validated 2 \w+ /, 'durable-validated 2 0000000000000000 ')],
  ])('a cache entry %s is ignored and rebuilt', (_, spoil) => {
    const home = tempHome();
    writeFileSync(join(home, 'log.yaml'), logWithOne);
    expect(durable(['today'], { home }).status).toBe(0);
    const cache = logCache(home);
    const good = readFileSync(cache, 'utf8');
    writeFileSync(cache, spoil(good));
    const today = durable(['today', '--date', '2026-11-23', '--json'], { home });
    expect((JSON.parse(today.stdout) as { checkIn: unknown }).checkIn).toMatchObject({ rpe: 5, minutes: 40 });
    expect(readFileSync(cache, 'utf8')).toBe(good);
  });

  /** An entry's text with its value changed and its CRC-32 made to match: a forgery only the checks beyond the CRC can catch. */
  const forged = (entry: string, change: (text: string) => string) => {
    const [head, ...rest] = entry.split('\n');
    const body = change(rest.join('\n'));
    return `${head!.replace(/[0-9a-f]{8}$/, crc32(Buffer.from(body)).toString(16).padStart(8, '0'))}\n${body}`;
  };

  test('an entry kept for another file, or for another view of the log, is never taken for this one', () => {
    const home = tempHome();
    writeFileSync(join(home, 'log.yaml'), logWithOne);
    const history = durable(['history', '--json'], { home });
    const today = durable(['today', '--date', '2026-11-23', '--json'], { home });
    const dir = join(home, 'cache');
    const entries = readdirSync(dir).filter((f) => f.startsWith('validated-'));
    const texts = entries.map((f) => readFileSync(join(dir, f)));
    // Each entry's file now holds the other's (as two names sharing one file would).
    entries.forEach((f, i) => writeFileSync(join(dir, f), texts[(i + 1) % texts.length]!));
    expect(durable(['history', '--json'], { home })).toEqual(history);
    expect(durable(['today', '--date', '2026-11-23', '--json'], { home })).toEqual(today);
  });

  test('a link in the cache is never read through, even to a well-formed entry', () => {
    const home = tempHome();
    writeFileSync(join(home, 'log.yaml'), logWithOne);
    expect(durable(['today'], { home }).status).toBe(0);
    const cache = logCache(home);
    const elsewhere = join(tempHome(), 'entry');
    writeFileSync(elsewhere, forged(readFileSync(cache, 'utf8'), (text) => text.replace('"minutes":40,"rpe":5', '"minutes":-4,"rpe":9')));
    execFileSync('rm', [cache]);
    symlinkSync(elsewhere, cache);
    const today = durable(['today', '--date', '2026-11-23', '--json'], { home });
    expect((JSON.parse(today.stdout) as { checkIn: unknown }).checkIn).toMatchObject({ rpe: 5, minutes: 40 });
  });

  test('on a Node without zlib.crc32, every command works without the cache', () => {
    const home = tempHome();
    writeFileSync(join(home, 'log.yaml'), logWithOne);
    const preload = join(home, 'no-crc32.cjs');
    writeFileSync(preload, "delete require('node:zlib').crc32;\n");
    const env = { NODE_OPTIONS: `--require ${preload}` };
    const first = durable(['today', '--date', '2026-11-23', '--json'], { home });
    for (const args of [['today', '--date', '2026-11-23', '--json'], ['log'], ['history'], CHECKIN]) {
      const result = durable(args, { home, env });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
    expect(durable(['today', '--date', '2026-11-23', '--json'], { home, env }).stdout).toBe(first.stdout);
  });

  test('entries in the format of earlier builds are removed when a new one is written; nothing else in the folder is', () => {
    const home = tempHome();
    const dir = join(home, 'cache');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, '0123456789abcdef01234567.json'), '{"key":"x","check":"y","value":{}}');
    writeFileSync(join(dir, 'notes.json'), 'mine\n');
    writeFileSync(join(home, 'log.yaml'), logWithOne);
    expect(durable(['today'], { home }).status).toBe(0);
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toEqual(['notes.json']);
  });

  test('an entry kept for other contents of the log is not believed: the log as it is now counts', () => {
    const home = tempHome();
    writeFileSync(join(home, 'log.yaml'), logWithOne.replace('rpe: 5', 'rpe: 7'));
    expect(durable(['today'], { home }).status).toBe(0);
    const cache = logCache(home);
    const stale = readFileSync(cache);
    writeFileSync(join(home, 'log.yaml'), logWithOne);
    expect(durable(['today'], { home }).status).toBe(0);
    writeFileSync(cache, stale);
    const today = durable(['today', '--date', '2026-11-23', '--json'], { home });
    expect((JSON.parse(today.stdout) as { checkIn: unknown }).checkIn).toMatchObject({ rpe: 5, minutes: 40 });
  });
});

describe('comments and layout', () => {
  const commented = [
    '# My log. Knee surgery 2024: watch the left knee.',
    'version: 1',
    'checkins:',
    '  # block one',
    '  - date: 2026-11-10',
    '    status: done   # felt great',
    '    minutes: 45',
    '    rpe: 6',
    '    recordedAt: "2026-11-10T19:00:00+01:00"',
    '',
    '  - { date: 2026-11-12, status: skipped, minutes: 0, rpe: 0, recordedAt: "2026-11-12T19:00:00+01:00" } # travel',
    '  - date: 2026-11-20',
    '    status: partly',
    '    minutes: 20',
    '    rpe: 5',
    '    pain: { knee-left: 2 }',
    '    note: |',
    '      stopped early,',
    '      - date: 2026-01-01 is not an entry',
    '    recordedAt: "2026-11-20T19:00:00+01:00"',
    '# the end',
    '',
  ].join('\n');

  test('a check-in adds only its own lines: every comment and every other entry stays byte for byte', async () => {
    const path = join(tempHome(), 'log.yaml');
    writeFileSync(path, commented);
    await saveCheckIn(path, checkIn('2026-11-15'));
    const after = readFileSync(path, 'utf8');
    const added = after.split('\n').filter((line) => !commented.split('\n').includes(line));
    expect(added.every((line) => line.startsWith('  - date: 2026-11-15') || /^ {4}\w+: /.test(line))).toBe(true);
    // Removing it again gives back the very same file.
    expect(await removeCheckIn(path, '2026-11-15')).toMatchObject({ date: '2026-11-15' });
    expect(readFileSync(path, 'utf8')).toBe(commented);
  });

  test('replacing or removing an entry touches only that entry', async () => {
    const path = join(tempHome(), 'log.yaml');
    writeFileSync(path, commented);
    await saveCheckIn(path, checkIn('2026-11-12', { status: 'done', minutes: 30 }), { replace: true });
    const after = readFileSync(path, 'utf8');
    expect(after).toContain('  # block one\n  - date: 2026-11-10\n    status: done   # felt great\n');
    expect(after).not.toContain('travel');
    expect(after).toContain('# the end\n');
    expect(await removeCheckIn(path, '2026-11-20')).toMatchObject({ note: 'stopped early,\n- date: 2026-01-01 is not an entry\n' });
    expect(readFileSync(path, 'utf8')).not.toContain('stopped early');
    expect(readFileSync(path, 'utf8')).toContain('# the end\n');
    expect(await removeCheckIn(path, '2000-01-01')).toBeUndefined();
  });

  test('init changing the level keeps the profile’s comments and the lines it did not change', () => {
    const home = tempHome();
    const profile = `# set up with my coach, Nov 2026\n${PROFILE.replace('runDays: 4', 'runDays: 4 # four is plenty')}`;
    writeFileSync(join(home, 'profile.yaml'), profile);
    expect(durable(['init', '--strength-days', '1', '--yes'], { home }).status).toBe(0);
    const after = readFileSync(join(home, 'profile.yaml'), 'utf8');
    expect(after).toContain('# set up with my coach, Nov 2026\n');
    expect(after).toContain('runDays: 4 # four is plenty\n');
    expect(after).toContain('strengthDays: 1\n');
  });
});

describe('limits', () => {
  const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n`;

  test.each([
    ['log', 'log.yaml', CHECKIN],
    ['profile', 'profile.yaml', ['plan']],
  ])('a YAML alias bomb as the %s is refused in one line', (_, name, args) => {
    const home = tempHome();
    writeFileSync(join(home, name), bomb);
    refused(durable(args, { home }), new RegExp(`${name.replace('.', '\\.')}: too many YAML aliases`));
    expect(readFileSync(join(home, name), 'utf8')).toBe(bomb);
  });

  test('--profile /dev/zero is refused at once, not read until memory runs out', () => {
    refused(durable(['plan', '--profile', '/dev/zero']), /\/dev\/zero: is not a regular file/);
  });

  test('a 200,000-entry log is refused at once in one line, and left as it is', () => {
    const home = tempHome();
    const entry = '  - { date: 2026-11-19, status: done, minutes: 40, rpe: 5, recordedAt: "2026-11-19T19:00:00+01:00" }\n';
    const text = `version: 1\ncheckins:\n${entry.repeat(200_000)}`;
    writeFileSync(join(home, 'log.yaml'), text);
    for (const args of [['today'], CHECKIN]) refused(durable(args, { home }), /log\.yaml: is 19 MB, more than the 16 MB durable reads; is it the right file\? \(the log was not changed\)/);
    expect(readFileSync(join(home, 'log.yaml'), 'utf8')).toBe(text);
  });
});
