import { describe, expect, test } from 'vitest';
import { dayProgress } from '../../src/cli/render/planTable.js';
import type { Day } from '../../src/schema/plan.js';
import { durable, tempHome } from './run.js';

interface Week {
  start: string;
  checkIns: number;
  done: number;
  pain: { knee: number };
}
const weeksOf = (stdout: string) => (JSON.parse(stdout) as { weeks: Week[] }).weeks;

describe('durable history', () => {
  test('starts at the profile start, not weeks before it, and leaves weeks without check-ins blank', () => {
    const home = tempHome();
    expect(durable(['init', '--yes'], { home, env: { DURABLE_NOW: '2026-11-10T08:00:00' } }).status).toBe(0);
    const env = { DURABLE_NOW: '2026-11-26T19:00:00' };
    expect(durable(['checkin', '--date', '2026-11-17', '--status', 'done', '--rpe', '5', '--minutes', '40', '--pain', 'knee-right=2'], { home, env }).status).toBe(0);
    const weeks = weeksOf(durable(['history', '--json'], { home, env }).stdout);
    expect(weeks.map((w) => [w.start, w.checkIns])).toEqual([
      ['2026-11-09', 0],
      ['2026-11-16', 1],
      ['2026-11-23', 0],
    ]);
    const { stdout } = durable(['history'], { home, env });
    expect(stdout).toMatch(/│ 9 Nov 2026 +│ +│ +│ +│/);
    // Run minutes are the main set: 40 logged, less 10 + 10 of warm-up and cool-down.
    expect(stdout).toMatch(/│ 16 Nov 2026 +│ 1\/\d +│ 20 +│ 200 +│/);
    expect(stdout).not.toMatch(/0\/\d/);
    // One character a week, a gap where there is no data: " ▂ ".
    expect(stdout).toMatch(/^knees {3}▂ $/m);
  });

  test('starts at the first check-in when that is earlier than the profile start; --weeks keeps the latest', () => {
    const home = tempHome();
    const env = { DURABLE_NOW: '2026-11-26T19:00:00' };
    expect(durable(['checkin', '--date', '2026-10-28', '--status', 'done', '--rpe', '5', '--minutes', '30'], { home, env }).status).toBe(0);
    expect(durable(['init', '--yes'], { home, env }).status).toBe(0);
    const weeks = weeksOf(durable(['history', '--json'], { home, env }).stdout);
    expect(weeks[0]!.start).toBe('2026-10-26');
    expect(weeks.at(-1)!.start).toBe('2026-11-23');
    expect(weeksOf(durable(['history', '--json', '--weeks', '2'], { home, env }).stdout).map((w) => w.start)).toEqual(['2026-11-16', '2026-11-23']);
  });
  test('a long log shows its last half year in the table, says so, and gives all of it with --weeks or --json', () => {
    const home = tempHome();
    const env = { DURABLE_NOW: '2026-11-26T19:00:00' };
    expect(durable(['checkin', '--date', '2025-11-26', '--status', 'done', '--rpe', '5', '--minutes', '30'], { home, env }).status).toBe(0);
    expect(durable(['checkin', '--date', '2026-11-25', '--status', 'done', '--rpe', '5', '--minutes', '30'], { home, env }).status).toBe(0);
    const rows = (stdout: string) => stdout.match(/^│ \d+ \w{3} \d{4}/gm) ?? [];
    const table = durable(['history'], { home, env }).stdout;
    expect(rows(table)).toHaveLength(26);
    expect(table).toContain('The last 26 of your 53 weeks; `durable history --weeks 53` shows them all.');
    const all = durable(['history', '--weeks', '53'], { home, env }).stdout;
    expect(rows(all)).toHaveLength(53);
    expect(all).not.toContain('The last');
    expect(weeksOf(durable(['history', '--json'], { home, env }).stdout)).toHaveLength(53);
  });
});

describe("durable plan shows this week's progress", () => {
  test('days before today are marked done, partly, skipped or missed from the log', () => {
    const home = tempHome();
    expect(durable(['init', '--yes', '--level', 'intermediate'], { home, env: { DURABLE_NOW: '2026-11-23T08:00:00' } }).status).toBe(0);
    const env = { DURABLE_NOW: '2026-11-27T07:00:00' };
    expect(durable(['checkin', '--date', '2026-11-23', '--status', 'done', '--rpe', '2', '--minutes', '20'], { home, env }).status).toBe(0);
    expect(durable(['checkin', '--date', '2026-11-24', '--status', 'partly', '--rpe', '4', '--minutes', '20'], { home, env }).status).toBe(0);
    expect(durable(['checkin', '--date', '2026-11-25', '--status', 'skipped'], { home, env }).status).toBe(0);
    const { stdout } = durable(['plan', '--json'], { home, env });
    const thursday = (JSON.parse(stdout) as { weeks: { days: Day[] }[] }).weeks[0]!.days[3]!;
    const text = durable(['plan'], { home, env: { ...env, COLUMNS: '60' } }).stdout;
    expect(text).toMatch(/^Mon 23 Nov · ✓ done · /m);
    expect(text).toMatch(/^Tue 24 Nov · ◐ partly · /m);
    expect(text).toMatch(/^Wed 25 Nov · – skipped · /m);
    if (thursday.type === 'run' || thursday.type === 'strength') expect(text).toMatch(/^Thu 26 Nov · ✗ missed · /m);
    expect(text).toMatch(/^Fri 27 Nov · [A-Z]/m);
  });

  const day = (type: Day['type'], date: string) => ({ type, date }) as Day;
  const checkIn = (date: string, status: 'done' | 'partly' | 'skipped') => ({ date, status, minutes: 30, rpe: 4, pain: {}, recordedAt: `${date}T08:00:00Z` });

  test.each([
    ['a run with a done check-in', day('run', '2026-11-24'), [checkIn('2026-11-24', 'done')], 'done'],
    ['a strength day checked in as partly', day('strength', '2026-11-24'), [checkIn('2026-11-24', 'partly')], 'partly'],
    ['a run with no check-in, in a log kept', day('run', '2026-11-24'), [checkIn('2026-11-23', 'done')], 'missed'],
    ['a run before a new runner keeps any log', day('run', '2026-11-24'), [], undefined],
    ['a run before the first check-in', day('run', '2026-11-23'), [checkIn('2026-11-24', 'done')], undefined],
    ['a rest day with no check-in', day('rest', '2026-11-24'), [], undefined],
    ['today, not over yet', day('run', '2026-11-27'), [], undefined],
  ])('%s: %s', (_, d, checkIns, mark) => {
    expect(dayProgress(d, checkIns, '2026-11-27')).toBe(mark);
  });
});
