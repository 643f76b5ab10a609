import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { durable, tempHome } from './run.js';

// Every screen, piped, at the width COLUMNS gives: no line may be wider, or the
// terminal would wrap it mid-word and the tables would fall apart.
const home = tempHome();
const extras = join(home, 'extras.yaml');
const env = { DURABLE_NOW: '2026-11-26T19:00:00' };

beforeAll(() => {
  // A runner's own surface with emoji in its name: wide characters must be measured right.
  writeFileSync(
    extras,
    'surfaces:\n  - id: bike-path\n    name: Bike path 🚴 ✅ ☕ 👨‍👩‍👧\n    impact: 3\n    uneven: false\n    goodFor: Flat, even laps before work ☕, with room to pass 🚴 riders.\n',
  );
  const init = ['init', '--yes', '--level', 'intermediate', '--run-days', '4', '--strength-days', '2', '--surfaces', 'grass,track,dirt', '--tz', 'Europe/Berlin'];
  expect(durable(init, { home, env: { DURABLE_NOW: '2026-11-02T08:00:00' } }).status).toBe(0);
  const days: [string, string[]][] = [
    ['2026-11-03', ['--status', 'done', '--rpe', '5', '--minutes', '50', '--pain', 'knee-left=3', '--note', 'Windy along the river; the left knee ached on the descent but settled after ten minutes of walking']],
    ['2026-11-05', ['--status', 'partly', '--rpe', '7', '--minutes', '25', '--pain', 'knee-left=4,ankle-right=2', '--settled', 'no']],
    ['2026-11-24', ['--status', 'skipped', '--note', 'Work ran late 🏃']],
    ['2026-11-25', ['--status', 'done', '--rpe', '4', '--minutes', '40']],
  ];
  for (const [date, flags] of days) expect(durable(['checkin', '--date', date, ...flags], { home, env }).status).toBe(0);
});

const SCREENS: [string, string[]][] = [
  ['plan', ['plan', '--weeks', '2']],
  ['plan with extras', ['--extras', extras, 'plan', '--surfaces', 'bike-path,grass']],
  ['today', ['today']],
  ['today, a strength day', ['today', '--date', '2026-11-27']],
  ['checkin', ['checkin', '--status', 'done', '--rpe', '5', '--minutes', '45', '--replace']],
  ['history', ['history']],
  ['log', ['log']],
  ['exercises', ['exercises']],
  ['surfaces', ['--extras', extras, 'surfaces']],
  ['paths', ['paths']],
];
// Commander lays out the help pages; its wrapping is set to go on down to 60 columns.
const HELP: [string, string[]][] = [
  ['help', ['--help']],
  // Every command the program has, so a new one is checked too.
  ...buildProgram().commands.map((command): [string, string[]] => [`${command.name()} help`, [command.name(), '--help']]),
];

describe.each([120, 80, 60])('at %i columns', (columns) => {
  test.each([...SCREENS, ...HELP])('%s fits', (_, args) => {
    const { status, stdout, stderr } = durable(args, { home, env: { ...env, COLUMNS: String(columns) } });
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const widest = stdout.split('\n').reduce((a, line) => (stringWidth(line) > stringWidth(a) ? line : a), '');
    expect(stringWidth(widest), `too wide:\n${widest}`).toBeLessThanOrEqual(columns);
    expect(stdout.trim().length).toBeGreaterThan(0);
  });

  test.each([['history'], ['log']])('%s before the first check-in fits', (command) => {
    const { status, stdout } = durable([command], { home: tempHome(), env: { ...env, COLUMNS: String(columns) } });
    expect(status).toBe(0);
    expect(stdout).toMatch(/^No check-ins yet/);
    for (const line of stdout.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
  });
});

describe('the layouts', () => {
  const plan = (columns: number) => durable(['plan'], { home, env: { ...env, COLUMNS: String(columns) } }).stdout;

  test('wide at 100 columns and more: surface and warm-up have columns of their own', () => {
    expect(plan(120)).toMatch(/│ Surface +│ Warm-up \/ cool-down │/);
  });

  test('compact at 80: three columns, nothing lost', () => {
    const text = plan(80);
    expect(text).toMatch(/│ Day +│ Session +│ What +│/);
    expect(text).not.toContain('│ Surface');
    expect(text).toMatch(/Warm-up \d+ min, cool-down \d+ min/);
    expect(text).toMatch(/│ Run · \w+ +│/);
  });

  test('stacked below 70: one block per day, no table borders', () => {
    const text = plan(60);
    expect(text).not.toMatch(/[│┌└]/);
    expect(text).toMatch(/^Mon 23 Nov · ✓ done|^Mon 23 Nov · /m);
    expect(text).toMatch(/^Sun 29 Nov · Run · long/m);
  });

  test('words wrap whole, never split across lines', () => {
    for (const columns of [60, 80]) {
      const words = plan(columns).match(/[A-Za-z]+-?$/gm) ?? [];
      expect(words.filter((w) => w.endsWith('-') && w.length > 1)).toEqual([]);
    }
    const exercises = durable(['exercises'], { home, env: { COLUMNS: '80' } }).stdout;
    expect(exercises).toContain('single-leg-balance');
  });

  test('COLUMNS is read when piped; without it, 80', () => {
    const wide = durable(['plan'], { home, env: { ...env, COLUMNS: undefined } }).stdout;
    expect(Math.max(...wide.split('\n').map((l) => stringWidth(l)))).toBe(80);
  });
});
