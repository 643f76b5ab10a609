import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { durable, tempHome } from './run.js';

let home: string;
const env = { DURABLE_NOW: '2026-11-26T19:00:00' };
const log = () => readFileSync(join(home, 'log.yaml'), 'utf8');

beforeEach(() => {
  home = tempHome();
  const days: [string, string[]][] = [
    ['2026-11-20', ['--status', 'done', '--rpe', '5', '--minutes', '45', '--pain', 'knee-left=3', '--note', 'hills']],
    ['2026-11-22', ['--status', 'partly', '--rpe', '6', '--minutes', '20', '--pain', 'ankle-right=2']],
    ['2026-11-24', ['--status', 'skipped', '--note', 'work ran late']],
  ];
  for (const [date, flags] of days) expect(durable(['checkin', '--date', date, ...flags], { home, env }).status).toBe(0);
});

describe('durable log', () => {
  test('lists every check-in with its session, effort, pain and note', () => {
    const { status, stdout } = durable(['log'], { home, env });
    expect(status).toBe(0);
    expect(stdout).toMatch(/Fri 20 Nov 2026 .*done .*45 .*5\/10 .*knee L 3 .*hills/);
    expect(stdout).toMatch(/Tue 24 Nov 2026 .*skipped .*none .*work ran late/);
    expect(stdout).toContain('3 of 3 check-ins, from ~/log.yaml');
  });

  test('--from, --to and --joint narrow the list; --json prints only the check-ins', () => {
    const dates = (args: string[]) => (JSON.parse(durable(['log', '--json', ...args], { home, env }).stdout) as { checkins: { date: string }[] }).checkins.map((c) => c.date);
    expect(dates([])).toEqual(['2026-11-20', '2026-11-22', '2026-11-24']);
    expect(dates(['--from', '2026-11-21'])).toEqual(['2026-11-22', '2026-11-24']);
    expect(dates(['--to', '2026-11-22'])).toEqual(['2026-11-20', '2026-11-22']);
    expect(dates(['--joint', 'knee'])).toEqual(['2026-11-20']);
    expect(dates(['--joint', 'ankle', '--from', '2026-11-21'])).toEqual(['2026-11-22']);
    expect(durable(['log', '--joint', 'hip'], { home, env }).stdout).toContain('No check-ins match.');
  });

  test('--delete without a terminal needs --yes, and changes nothing without it', () => {
    const before = log();
    const { status, stderr } = durable(['log', '--delete', '2026-11-22'], { home, env });
    expect(status).toBe(2);
    expect(stderr).toMatch(/no terminal to ask questions; pass --yes to delete the check-in for 2026-11-22/);
    expect(log()).toBe(before);
  });

  test('--delete --yes removes that one check-in and leaves the rest of the file byte for byte', () => {
    // A runner's own comment and a hand-made line stay as they were.
    writeFileSync(join(home, 'log.yaml'), log().replace('checkins:\n', 'checkins:\n  # shoes: new pair from 20 Nov\n'));
    const before = log();
    const { status, stderr } = durable(['log', '--delete', '2026-11-22', '--yes'], { home, env });
    expect(status).toBe(0);
    expect(stderr).toBe('Deleted the check-in for 2026-11-22 from ~/log.yaml.\n');
    const entry = /\n {2}- date: 2026-11-22\n(?: {4}.*\n)+/.exec(before)![0];
    expect(log()).toBe(before.replace(entry, '\n'));
    expect(log()).toContain('# shoes: new pair from 20 Nov');
    expect(durable(['log', '--json'], { home, env }).stdout).not.toContain('2026-11-22');
  });

  test('--delete of a date without a check-in says so, exit 2, nothing changed', () => {
    const before = log();
    const { status, stderr } = durable(['log', '--delete', '2026-11-21', '--yes'], { home, env });
    expect(status).toBe(2);
    expect(stderr).toBe('durable: no check-in for 2026-11-21 in ~/log.yaml; nothing was changed\n');
    expect(log()).toBe(before);
  });

  test('refuses a date that is not one, or --from after --to', () => {
    expect(durable(['log', '--delete', '2026-02-30', '--yes'], { home, env })).toMatchObject({ status: 2, stderr: expect.stringMatching(/2026-02-30 is not a real date/) });
    expect(durable(['log', '--from', '2026-11-25', '--to', '2026-11-20'], { home, env })).toMatchObject({ status: 2, stderr: expect.stringMatching(/--from 2026-11-25 is after --to 2026-11-20/) });
  });
});

describe('durable paths', () => {
  test('names the profile, log, cache and dataset, with ~ for the home folder', () => {
    const { status, stdout } = durable(['paths'], { home, env });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^profile +~\/profile\.yaml$/m);
    expect(stdout).toMatch(/^log +~\/log\.yaml$/m);
    expect(stdout).toMatch(/^cache +~\/cache$/m);
    expect(stdout).toMatch(/^dataset +.*data$/m);
  });

  test('--json gives the full paths', () => {
    const paths = JSON.parse(durable(['paths', '--json'], { home, env }).stdout) as Record<string, string>;
    expect(paths).toMatchObject({ profile: join(home, 'profile.yaml'), log: join(home, 'log.yaml'), cache: join(home, 'cache') });
  });

  test('follows the platform folders without DURABLE_HOME', () => {
    const { stdout } = durable(['paths', '--json'], { home, env: { DURABLE_HOME: undefined, XDG_CONFIG_HOME: join(home, 'cfg'), XDG_DATA_HOME: join(home, 'dat') } });
    expect(JSON.parse(stdout)).toMatchObject({ profile: join(home, 'cfg', 'durable', 'profile.yaml'), log: join(home, 'dat', 'durable', 'log.yaml') });
  });

  test('a relative XDG folder is ignored: the profile, log and cache stay under the home folder, never in the working folder', () => {
    const { stdout, stderr } = durable(['paths', '--json'], { home, env: { DURABLE_HOME: undefined, HOME: home, XDG_CONFIG_HOME: 'cfg', XDG_DATA_HOME: '~/.local/share', XDG_CACHE_HOME: 'tmp' } });
    // Said, so that a runner who set one by mistake knows where their log is.
    expect(stderr.trimEnd().split('\n')).toEqual([
      'durable: XDG_CONFIG_HOME=cfg is ignored, not being an absolute path (XDG Base Directory); your profile is in ~/.config/durable',
      'durable: XDG_DATA_HOME=~/.local/share is ignored, not being an absolute path (XDG Base Directory); your log is in ~/.local/share/durable',
      'durable: XDG_CACHE_HOME=tmp is ignored, not being an absolute path (XDG Base Directory); the cache is in ~/.cache/durable',
    ]);
    expect(JSON.parse(stdout)).toMatchObject({
      profile: join(home, '.config', 'durable', 'profile.yaml'),
      log: join(home, '.local', 'share', 'durable', 'log.yaml'),
      cache: join(home, '.cache', 'durable'),
    });
  });

  test('checkin says where it saved', () => {
    expect(durable(['checkin', '--status', 'done', '--rpe', '4'], { home, env }).stdout).toContain('Saved your check-in for 2026-11-26 to ~/log.yaml.');
  });
});

describe('durable completion', () => {
  const script = (shell: string) => durable(['completion', shell], { home }).stdout;

  test('the bash script is valid bash and completes commands, options and values', () => {
    const bash = script('bash');
    expect(spawnSync('bash', ['-n'], { input: bash }).status).toBe(0);
    const complete = (line: string) => {
      const words = line.split(' ');
      const run = `${bash}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _durable_complete; printf '%s\\n' "\${COMPREPLY[@]}"`;
      return spawnSync('bash', ['-c', run], { encoding: 'utf8' }).stdout.trim().split('\n');
    };
    expect(complete('durable pl')).toEqual(['plan']);
    expect(complete('durable plan --we')).toEqual(['--weeks', '--weekly-minutes']);
    expect(complete('durable plan --level ')).toEqual(['beginner', 'intermediate', 'advanced']);
    expect(complete('durable init --long-run-day sa')).toEqual(['saturday']);
    expect(complete('durable checkin --surface tr')).toEqual(['trail', 'track', 'treadmill']);
    expect(complete('durable log --joint ')).toEqual(['ankle', 'knee', 'hip']);
    expect(complete('durable init --tz Europe/Be')).toEqual(['Europe/Belgrade', 'Europe/Berlin']);
  });

  test('zsh and fish scripts name every command and the option values', () => {
    for (const shell of ['zsh', 'fish']) {
      const text = script(shell);
      for (const command of ['plan', 'init', 'today', 'checkin', 'history', 'export', 'exercises', 'surfaces', 'log', 'paths', 'completion', 'validate']) expect(text).toContain(command);
      expect(text).toContain('beginner intermediate advanced');
    }
    expect(script('zsh')).toMatch(/^#compdef durable/);
    expect(script('fish')).toContain("complete -c durable -n '__fish_seen_subcommand_from plan' -l weeks -x");
  });

  test('an unknown shell is refused', () => {
    expect(durable(['completion', 'powershell'], { home })).toMatchObject({ status: 2, stderr: expect.stringMatching(/Allowed choices are bash, zsh, fish/) });
  });
});

describe('durable alone', () => {
  test('prints a short start and the commands on stdout, exit 0', () => {
    const { status, stdout, stderr } = durable([], { home });
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^New here\? `durable init` sets up your profile, then `durable plan` shows your week\./);
    expect(stdout).toMatch(/^ {2}log \[options\]/m);
    expect(stdout).toContain('durable paths');
  });

  test('-v prints the version, like -V', () => {
    expect(durable(['-v']).stdout).toBe(durable(['-V']).stdout);
    expect(durable(['-v']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test('every help page names durable paths', () => {
    for (const command of ['plan', 'init', 'today', 'checkin', 'history', 'export', 'exercises', 'surfaces', 'log', 'paths', 'completion', 'validate']) {
      expect(durable([command, '--help']).stdout).toContain('`durable paths` shows where they are');
    }
  });
});
