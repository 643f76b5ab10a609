// Training for a race from the command line: the plan ends on race day with a visible taper.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Plan } from '../../src/schema/plan.js';
import { durable, tempHome } from './run.js';

// DURABLE_NOW is Tuesday 24 Nov 2026; 16 weeks later is Sunday 14 Mar 2027.
const RACE = ['--race', '2027-03-14', '--distance', 'half'];

describe('durable plan --race', () => {
  test('a half marathon 16 weeks ahead: every week says its phase, the taper is visible, and the plan ends with the race on its day', () => {
    const { status, stdout } = durable(['plan', ...RACE, '--weeks', '16']);
    expect(status).toBe(0);
    expect(stdout).toContain('Toward a race: Half marathon on Sun 14 Mar 2027');
    const titles = stdout.split('\n').filter((l) => /^Week \d+ ·/.test(l));
    expect(titles).toHaveLength(16);
    expect(titles[0]).toMatch(/foundation/);
    expect(titles.at(-2)).toMatch(/· taper/);
    expect(titles.at(-1)).toMatch(/Week 16 · 8 Mar – 14 Mar 2027 · race week/);
    expect(stdout).toMatch(/Sun 14 Mar +│ Race +│ Race day: half marathon/);
  });

  test('--json carries the race, each week\'s phase and the race day; taper weeks are 40-60 % below the peak', () => {
    const { status, stdout } = durable(['plan', ...RACE, '--weeks', '18', '--json']);
    expect(status).toBe(0);
    const plan = JSON.parse(stdout) as Plan & { profile: { race: unknown } };
    expect(plan.race).toEqual({ date: '2027-03-14', distance: 'half', name: 'half marathon' });
    expect(plan.profile.race).toEqual({ date: '2027-03-14', distance: 'half' });
    for (const week of plan.weeks) expect(week.phase).toMatch(/^(foundation|build|peak|taper|race|recovery)$/);
    const raceDays = plan.weeks.flatMap((w) => w.days).filter((d) => d.type === 'race');
    expect(raceDays).toMatchObject([{ date: '2027-03-14', type: 'race', distance: 'half', hard: true }]);
    const peak = Math.max(...plan.weeks.filter((w) => w.phase === 'peak').map((w) => w.summary.runMinutes));
    for (const taper of plan.weeks.filter((w) => w.phase === 'taper')) {
      expect(taper.summary.runMinutes / peak).toBeGreaterThanOrEqual(0.4);
      expect(taper.summary.runMinutes / peak).toBeLessThanOrEqual(0.6);
    }
    expect(plan.weeks.filter((w) => w.phase === 'recovery')).toHaveLength(2);
  });

  test('an impossible goal is refused with exit 2, one line with the reason and what would work, and nothing saved', () => {
    const home = tempHome();
    const { status, stdout, stderr } = durable(['plan', '--race', '2027-01-10', '--distance', 'marathon'], { home });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^durable: a marathon on 10 Jan 2027 is too soon: .*the long run reaches \d+ min before the taper and a marathon needs 150; a race on or after .* 2027, or a .* on the same date would work\n$/);
    const init = durable(['init', '--yes', '--race', '2027-01-10', '--distance', 'marathon'], { home });
    expect(init.status).toBe(2);
    expect(init.stderr).toMatch(/^durable: a marathon on 10 Jan 2027 is too soon: .*\n$/);
    expect(existsSync(join(home, 'profile.yaml'))).toBe(false);
  });

  test('a race in the past, a race without a distance, and a half marathon on two runs a week are refused with one line', () => {
    expect(durable(['plan', '--race', '2026-11-01', '--distance', '10k']).stderr).toMatch(/^durable: --race: 2026-11-01 is in the past; .*\n$/);
    expect(durable(['plan', '--race', '2027-03-14']).stderr).toMatch(/^durable: --race needs a distance: .*\n$/);
    const twoRuns = durable(['plan', ...RACE, '--run-days', '2']);
    expect(twoRuns.status).toBe(2);
    expect(twoRuns.stderr).toMatch(/^durable: a half marathon needs 3 runs a week or more, not 2; .*\n$/);
    expect(durable(['plan', '--race', '2027-03-14', '--distance', '7 miles']).stderr).toMatch(/^durable: option '--distance <distance>' argument '7 miles' is invalid/);
  });
});

describe('a saved race', () => {
  test('init saves the race; today shows the phase; export has the race as an all-day event on its date; --race none clears it', () => {
    const home = tempHome();
    expect(durable(['init', '--yes', ...RACE, '--tz', 'Europe/Berlin'], { home }).status).toBe(0);
    expect(readFileSync(join(home, 'profile.yaml'), 'utf8')).toMatch(/race:\n\s+date: 2027-03-14\n\s+distance: half/);

    const today = durable(['today'], { home });
    expect(today.stdout).toMatch(/Week 1, foundation: Half marathon on Sun 14 Mar 2027\./);
    const raceDay = durable(['today', '--date', '2027-03-14'], { home });
    expect(raceDay.stdout).toMatch(/Sunday 14 March · Race · Race day: half marathon/);
    expect(raceDay.stdout).toMatch(/Pacing: Even pace/);
    expect(raceDay.stdout).toMatch(/After: After the finish/);
    expect(JSON.parse(durable(['today', '--date', '2027-03-10', '--json'], { home }).stdout)).toMatchObject({ phase: 'race', race: { date: '2027-03-14' } });

    const ics = durable(['export', '--start', '2027-03-08', '--weeks', '1'], { home }).stdout;
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes('UID:durable-2027-03-14@'))!;
    expect(event).toMatch(/DTSTART;VALUE=DATE:20270314\r\n/);
    expect(event).toMatch(/SUMMARY:Race day: half marathon\r\n/);
    expect(event).toContain('CATEGORIES:durable,Race');

    expect(durable(['init', '--yes', '--race', 'none'], { home }).status).toBe(0);
    expect(readFileSync(join(home, 'profile.yaml'), 'utf8')).not.toContain('race:');
  });
});

test('history says each week\'s phase toward the race, in the table and the JSON', () => {
  const home = tempHome();
  expect(durable(['init', '--yes', ...RACE], { home, env: { DURABLE_NOW: '2026-11-10T08:00:00' } }).status).toBe(0);
  expect(durable(['checkin', '--date', '2026-11-17', '--status', 'done', '--rpe', '5', '--minutes', '40'], { home }).status).toBe(0);
  const weeks = (JSON.parse(durable(['history', '--json'], { home }).stdout) as { weeks: { start: string; phase: string }[] }).weeks;
  expect(weeks.map((w) => [w.start, w.phase])).toEqual([
    ['2026-11-09', 'foundation'],
    ['2026-11-16', 'foundation'],
    ['2026-11-23', 'foundation'],
  ]);
  expect(durable(['history'], { home }).stdout).toMatch(/│ 16 Nov 2026 +│[^\n]*\n│ foundation +│/);
});
