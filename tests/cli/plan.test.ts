import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { BUILT_IN_DATA_DIR } from '../../src/dataset/read.js';
import { ANSI, durable, tempHome } from './run.js';

describe('durable plan', () => {
  test('prints this week as a table from Monday, with the summary and the disclaimer', () => {
    const { status, stdout, stderr } = durable(['plan']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('Week 1 · 23 Nov – 29 Nov 2026');
    expect(stdout).toMatch(/│ Mon 23 Nov │/);
    expect(stdout).toMatch(/│ Sun 29 Nov │ Run · long/);
    expect(stdout).toMatch(/Run \d+ min · \d hard days? · surfaces: /);
    expect(stdout).toContain('Warm-up before every run');
    expect(stdout).toContain('not medical advice');
  });

  test('has no colour when piped or with NO_COLOR, and colour when forced', () => {
    expect(durable(['plan']).stdout).not.toMatch(ANSI);
    expect(durable(['plan'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(durable(['plan', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(durable(['plan'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
  });

  test('--json prints only the documented JSON on stdout', () => {
    const { status, stdout } = durable(['plan', '--json', '--weeks', '2', '--start', '2026-11-30', '--level', 'beginner']);
    expect(status).toBe(0);
    const plan = JSON.parse(stdout) as { weeks: { start: string; deload: boolean; days: Record<string, unknown>[] }[] };
    expect(plan.weeks.map((w) => w.start)).toEqual(['2026-11-30', '2026-12-07']);
    const days = plan.weeks[0]!.days;
    expect(days).toHaveLength(7);
    expect(days[0]).toMatchObject({ date: '2026-11-30', type: expect.stringMatching(/^(run|strength|recovery|rest)$/), hard: expect.any(Boolean) });
    const run = days.find((d) => d.type === 'run')!;
    expect(run).toMatchObject({ surface: expect.any(String), minutes: 22, warmup: { minutes: 5 }, cooldown: { minutes: 5 } });
    const strength = days.find((d) => d.type === 'strength')! as { exercises: { id: string; joints: string[] }[] };
    expect(strength.exercises[0]).toMatchObject({ id: expect.any(String), joints: expect.any(Array) });
  });

  test('prints 8 readable weeks for every level', () => {
    for (const level of ['beginner', 'intermediate', 'advanced']) {
      const { status, stdout } = durable(['plan', '--weeks', '8', '--level', level]);
      expect(status).toBe(0);
      expect(stdout.match(/^Week \d/gm)).toHaveLength(8);
      expect(stdout).toContain('lighter week (deload)');
    }
  });

  test.each([
    [['plan', '--level', 'beginner', '--run-days', '7'], /^durable: beginner runners run 2 to 3 days a week, not 7$/m],
    [['plan', '--surfaces', 'sand'], /unknown surface "sand"/],
    [['plan', '--start', '2026-02-30'], /2026-02-30 is not a real date/],
    [['plan', '--weeks', '0'], /expected a whole number from 1 to 104/],
    [['plan', '--long-run-day', 'someday'], /expected a weekday/],
    [['plan', '--level', 'elite'], /Allowed choices are beginner, intermediate, advanced/],
    [['plan', '--run-days', '5', '--strength-days', '3', '--level', 'advanced'], /leave no rest or recovery day/],
    [['plan', '--weekly-minutes', 'lots'], /--weekly-minutes <n>' argument 'lots' is invalid. expected a whole number from 0 to 2000/],
    [['plan', '--longest-run', '-5'], /--longest-run <minutes>' argument '-5' is invalid/],
  ])('refuses %j with exit code 2', (args, message) => {
    const { status, stdout, stderr } = durable(args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('a broken dataset', () => {
  test('gives one line with file, line and field, and exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'durable-data-'));
    cpSync(BUILT_IN_DATA_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'surfaces.yaml'), 'surfaces:\n  - id: grass\n    name: Grass\n    impact: soft\n');
    const { status, stderr } = durable(['--data', dir, 'plan']);
    expect(status).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/surfaces\.yaml:4: surfaces\[0\]\.impact: Invalid input: expected number, received string/);
  });
});

describe('durable exercises, surfaces and validate', () => {
  test('exercises filters by joint', () => {
    const { status, stdout } = durable(['exercises', '--joint', 'ankle', '--json']);
    expect(status).toBe(0);
    const { exercises } = JSON.parse(stdout) as { exercises: { joints: string[] }[] };
    expect(exercises.length).toBeGreaterThan(2);
    expect(exercises.every((e) => e.joints.includes('ankle'))).toBe(true);
    expect(durable(['exercises']).stdout).toContain('Front knee stays behind the toes');
  });

  test('surfaces lists softest first', () => {
    const { stdout } = durable(['surfaces']);
    expect(stdout.indexOf('Grass')).toBeLessThan(stdout.indexOf('Concrete'));
  });

  test("validate accepts the built-in dataset and checks a runner's file", () => {
    expect(durable(['validate'])).toMatchObject({ status: 0 });
    const dir = mkdtempSync(join(tmpdir(), 'durable-extra-'));
    writeFileSync(join(dir, 'mine.yaml'), 'exercises:\n  - id: hops\n    name: Hops\n    kind: strength\n    joints: [ankel]\n');
    const { status, stderr } = durable(['validate', 'mine.yaml'], { cwd: dir });
    expect(status).toBe(2);
    expect(stderr).toMatch(/^durable: mine\.yaml:5: exercises\[0\]\.joints\[0\]: /);
  });

  test('--help shows the disclaimer', () => {
    expect(durable(['--help']).stdout).toContain('not medical advice');
    expect(durable(['plan', '--help']).stdout).toContain('not medical advice');
  });
});

describe('one plan, whichever command asks', () => {
  type Day = { date: string; type: string; kind?: string; minutes?: number };
  const planDays = (args: string[], home: string) => (JSON.parse(durable(['plan', '--json', ...args], { home }).stdout) as { weeks: { days: Day[] }[] }).weeks.flatMap((w) => w.days);
  const init = (home: string, ...flags: string[]) =>
    durable(['init', '--yes', '--run-days', '4', '--strength-days', '2', '--surfaces', 'grass,dirt,trail,pavement,track', ...flags], { home, env: { DURABLE_NOW: '2026-11-03T07:30:00' } });

  test('today, plan from any start and plan for several weeks give a date the same session', () => {
    const home = tempHome();
    expect(init(home).status).toBe(0);
    const long = planDays(['--start', '2026-11-02', '--weeks', '6'], home);
    for (const date of ['2026-11-10', '2026-11-26', '2026-12-05']) {
      const today = (JSON.parse(durable(['today', '--date', date, '--json'], { home }).stdout) as { day: Day }).day;
      expect(today, date).toEqual(long.find((d) => d.date === date));
      expect(planDays(['--start', date, '--weeks', '1'], home)[0], date).toEqual(today);
    }
  });

  test('init and plan take where the runner starts from: --weekly-minutes and --longest-run', () => {
    const home = tempHome();
    expect(init(home, '--level', 'intermediate', '--weekly-minutes', '80', '--longest-run', '30').status).toBe(0);
    const week = planDays(['--start', '2026-11-02'], home).filter((d) => d.type === 'run');
    expect(week.reduce((sum, d) => sum + d.minutes!, 0)).toBe(80);
    expect(Math.max(...week.map((d) => d.minutes!))).toBeLessThanOrEqual(33);
  });

  test('a graduated beginner trying --level intermediate: the week and the long run do not jump, and no tempo yet', () => {
    const home = tempHome();
    expect(durable(['init', '--yes', '--level', 'beginner', '--run-days', '3'], { home, env: { DURABLE_NOW: '2026-06-02T07:30:00' } }).status).toBe(0);
    const beginnerWeek = planDays([], home).filter((d) => d.type === 'run');
    expect(beginnerWeek.map((d) => d.minutes)).toEqual([30, 30, 30]);
    const week = planDays(['--level', 'intermediate'], home).filter((d) => d.type === 'run');
    expect(week.reduce((sum, d) => sum + d.minutes!, 0)).toBeLessThanOrEqual(99);
    expect(Math.max(...week.map((d) => d.minutes!))).toBeLessThanOrEqual(33);
    expect(week.map((d) => d.kind)).not.toContain('quality');
  });
});
