import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { durable, tempHome } from './run.js';

const INIT = ['init', '--level', 'intermediate', '--run-days', '4', '--strength-days', '2', '--long-run-day', 'sunday', '--surfaces', 'grass,pavement,dirt,track', '--equipment', 'pillow', '--tz', 'Europe/Berlin', '--time', '07:00'];

describe('a runner with a sore knee', () => {
  const home = tempHome();
  const knee = [0, 0, 1, 0, 2, 3, 3, 4, 4, 6];

  test('sets up a profile by flags, without a terminal', () => {
    const { status, stdout } = durable(INIT, { home });
    expect(status).toBe(0);
    expect(stdout).toContain('Profile saved');
    expect(readFileSync(join(home, 'profile.yaml'), 'utf8')).toContain('runDays: 4');
  });

  test('checks in for ten days by flags', () => {
    knee.forEach((pain, i) => {
      const date = `2026-11-${15 + i}`;
      const args = ['checkin', '--date', date, '--status', 'done', '--rpe', '5', '--minutes', '45', '--pain', `knee-left=${pain}`];
      if (i >= 8) args.push('--settled', 'no');
      const { status, stderr } = durable(args, { home });
      expect(stderr).toBe('');
      expect(status).toBe(0);
    });
  });

  test('today shows the change and why, and the advice to see a specialist', () => {
    const { stdout } = durable(['today', '--date', '2026-11-25'], { home });
    expect(stdout).toContain('Wednesday 25 November · Recovery');
    expect(stdout).toContain('Changed: Knee pain 6/10 on Tue 24 Nov, above 5: no running until Fri 27 Nov');
    expect(stdout).toMatch(/Knee pain 3\/10 or more on 5 check-ins since Fri 20 Nov\..*physical therapist or movement specialist/);
  });

  test('the plan shows the adaptations with their reasons, and the day after spares the knee', () => {
    const { stdout } = durable(['plan', '--json'], { home });
    const plan = JSON.parse(stdout) as { weeks: { days: { date: string; type: string; kind?: string; adjustments: string[]; notes: string[]; exercises?: { id: string }[] }[] }[]; notes: string[] };
    const days = plan.weeks[0]!.days;
    const thursday = days.find((d) => d.date === '2026-11-26')!;
    expect(thursday).toMatchObject({ type: 'strength' });
    expect(thursday.adjustments.join()).toMatch(/gentler knee exercises/);
    expect(thursday.exercises!.map((e) => e.id)).not.toContain('lunges');
    expect(thursday.exercises!.map((e) => e.id)).not.toContain('step-ups');
    expect(days.find((d) => d.date === '2026-11-25')).toMatchObject({ type: 'recovery' });
    expect(days.some((d) => d.kind === 'quality')).toBe(false);
    expect(days.flatMap((d) => [...d.adjustments, ...d.notes]).join()).toMatch(/Return step 1 of 4, run 1 of 2, after knee pain 6\/10 on Tue 24 Nov, above 5/);
    expect(plan.notes[0]).toMatch(/^Knee pain/);
  });

  test('history shows the rising trend', () => {
    const { stdout, status } = durable(['history', '--weeks', '3'], { home });
    expect(status).toBe(0);
    expect(stdout).toMatch(/knees\s+▁▄▅/);
    const { weeks } = JSON.parse(durable(['history', '--weeks', '3', '--json'], { home }).stdout) as { weeks: { pain: { knee: number } }[] };
    expect(weeks.map((w) => w.pain.knee)).toEqual([0, 4, 6]);
  });
});

test('a check-in on a run-walk day saves whole minutes, and the log still reads', () => {
  const home = tempHome();
  durable(['init', '--yes', '--level', 'beginner', '--run-days', '3', '--strength-days', '2'], { home, env: { DURABLE_NOW: '2026-12-16T19:00:00' } });
  const env = { DURABLE_NOW: '2027-01-12T19:00:00' };
  expect(durable(['today'], { home, env }).stdout).toContain('5 x (run 4 min, walk 1 min)');
  expect(durable(['checkin', '--status', 'done', '--rpe', '5'], { home, env }).status).toBe(0);
  expect(readFileSync(join(home, 'log.yaml'), 'utf8')).toContain('minutes: 35');
  expect(durable(['today'], { home, env }).status).toBe(0);
});

describe('durable checkin refuses without writing', () => {
  test('no terminal and no flags', () => {
    const home = tempHome();
    const { status, stderr } = durable(['checkin'], { home });
    expect(status).toBe(2);
    expect(stderr).toMatch(/no terminal to ask questions; pass --status/);
    expect(existsSync(join(home, 'log.yaml'))).toBe(false);
  });

  test('a second check-in for a date, unless --replace', () => {
    const home = tempHome();
    expect(durable(['checkin', '--status', 'done', '--rpe', '4'], { home }).status).toBe(0);
    const before = readFileSync(join(home, 'log.yaml'), 'utf8');
    const again = durable(['checkin', '--status', 'skipped'], { home });
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/already a check-in for 2026-11-24; pass --replace/);
    expect(readFileSync(join(home, 'log.yaml'), 'utf8')).toBe(before);
    expect(durable(['checkin', '--status', 'skipped', '--replace'], { home }).status).toBe(0);
    expect(readFileSync(join(home, 'log.yaml'), 'utf8')).toContain('status: skipped');
  });

  test.each([
    [['checkin', '--date', '2026-11-30', '--status', 'done', '--rpe', '4'], /has not happened yet/],
    [['checkin', '--status', 'done'], /--rpe \(effort 0-10\) is needed/],
    [['checkin', '--status', 'partly', '--rpe', '5'], /--minutes is needed with --status partly/],
    [['checkin', '--status', 'done', '--rpe', '11'], /expected a whole number from 0 to 10/],
    [['checkin', '--status', 'done', '--rpe', '4', '--pain', 'elbow-left=3'], /"elbow-left" is not a joint and side/],
    [['checkin', '--status', 'done', '--rpe', '4', '--surface', 'lava'], /unknown surface "lava"/],
    [['init'], /no terminal to ask questions; answer with flags/],
  ])('%j', (args, message) => {
    const home = tempHome();
    const { status, stderr } = durable(args, { home });
    expect(status).toBe(2);
    expect(stderr).toMatch(message);
    expect(existsSync(join(home, 'log.yaml')) || existsSync(join(home, 'profile.yaml'))).toBe(false);
  });
});

test('a run far longer than any of the last 30 days gets a warning at check-in, and is saved all the same', () => {
  const home = tempHome();
  durable(INIT, { home });
  for (const date of ['2026-11-03', '2026-11-05', '2026-11-07', '2026-11-08', '2026-11-10', '2026-11-12', '2026-11-15']) {
    expect(durable(['checkin', '--date', date, '--status', 'done', '--rpe', '5', '--minutes', '45'], { home }).status).toBe(0);
  }
  const { status, stdout } = durable(['checkin', '--date', '2026-11-17', '--status', 'done', '--rpe', '5', '--minutes', '75', '--json'], { home });
  expect(status).toBe(0);
  const out = JSON.parse(stdout) as { warnings: string[]; checkIn: { minutes: number } };
  expect(out.warnings).toEqual([expect.stringMatching(/^This run \(75 min\) is more than 10 % longer than your longest of the previous 30 days \(45 min\)/)]);
  expect(out.checkIn.minutes).toBe(75);
  const today = JSON.parse(durable(['today', '--json'], { home }).stdout) as { loadRatio: number | null };
  expect(today.loadRatio).toBeNull();
});

describe('whether pain settled by the morning', () => {
  const home = tempHome();
  const log = join(home, 'log.yaml');
  const checkin = (args: string[], now = '2026-11-23T19:00:00') => durable(['checkin', ...args], { home, env: { DURABLE_NOW: now } });

  test('--settled sent with the same day\'s pain, and nothing the day before: a clear error, nothing saved', () => {
    expect(durable(INIT, { home }).status).toBe(0);
    const { status, stderr } = checkin(['--status', 'done', '--rpe', '5', '--pain', 'knee-left=4', '--settled', 'yes']);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^durable: --settled says whether the previous day's pain above 2\/10 had settled by the morning of 2026-11-23, and there was none; .*durable checkin --date 2026-11-23 --settled yes\|no` the morning after\n$/);
    expect(existsSync(log)).toBe(false);
  });

  test('the morning after, `checkin --settled no` changes only that field of that day, and the plan steps back', () => {
    expect(checkin(['--status', 'done', '--rpe', '5', '--minutes', '45', '--pain', 'knee-left=4', '--note', 'hilly']).status).toBe(0);
    const before = readFileSync(log, 'utf8');
    const { status, stdout } = checkin(['--settled', 'no'], '2026-11-24T07:30:00');
    expect(status).toBe(0);
    expect(stdout).toContain('Saved: your knee (left) 4/10 on 2026-11-23 had not settled by the next morning.');
    const after = readFileSync(log, 'utf8');
    expect(after.replace(/\n\s*settledNextMorning: false/, '')).toBe(before);
    const today = durable(['today'], { home }).stdout;
    expect(today).toMatch(/Return step 3 of 4, run 1 of 2, after knee pain 4\/10 on Mon 23 Nov had not settled by morning/);
  });

  test('flags that cannot apply are refused with one line, and the log is left alone', () => {
    const before = readFileSync(log, 'utf8');
    const refused: [string[], RegExp][] = [
      [['--settled', 'yes', '--date', '2026-11-24'], /can only be told from 2026-11-25 on/],
      [['--settled', 'yes', '--date', '2026-11-20'], /there is no check-in for 2026-11-20/],
      [['--settled', 'yes', '--pain', 'knee-left=1'], /session details \(--pain\) need --status/],
    ];
    for (const [args, message] of refused) {
      const { status, stderr } = checkin(args, '2026-11-24T07:30:00');
      expect([status, stderr]).toEqual([2, expect.stringMatching(message)]);
    }
    expect(checkin(['--date', '2026-11-24', '--status', 'done', '--rpe', '4', '--pain', 'knee-left=1'], '2026-11-24T19:00:00').status).toBe(0);
    const safe = checkin(['--settled', 'yes'], '2026-11-25T07:30:00');
    expect(safe.status).toBe(2);
    expect(safe.stderr).toMatch(/the check-in for 2026-11-24 has no pain of 3-5\/10, so there is nothing to settle/);
    expect(readFileSync(log, 'utf8').startsWith(before.trimEnd())).toBe(true);
  });
});

test('a check-in made late shows today next, never a day already past', () => {
  const home = tempHome();
  expect(durable(INIT, { home }).status).toBe(0);
  const { status, stdout } = durable(['checkin', '--date', '2026-11-21', '--status', 'done', '--rpe', '4'], { home, env: { DURABLE_NOW: '2026-11-24T07:30:00' } });
  expect(status).toBe(0);
  expect(stdout).toMatch(/\nToday\nTuesday 24 November/);
  expect(stdout).not.toMatch(/Sunday 22 November/);
  const json = JSON.parse(durable(['checkin', '--date', '2026-11-22', '--status', 'skipped', '--json'], { home }).stdout) as { next: { date: string } };
  expect(json.next.date).toBe('2026-11-24');
});

test("yesterday's 4/10 with no word on settling: the check-in says how the plan reads it and how to say otherwise; a replacement says Replaced", () => {
  const home = tempHome();
  expect(durable(INIT, { home, env: { DURABLE_NOW: '2026-11-23T07:30:00' } }).status).toBe(0);
  expect(durable(['checkin', '--status', 'done', '--rpe', '5', '--minutes', '50', '--pain', 'knee-left=4'], { home, env: { DURABLE_NOW: '2026-11-24T19:00:00' } }).status).toBe(0);
  const env = { DURABLE_NOW: '2026-11-25T19:00:00', COLUMNS: '200' };
  const first = durable(['checkin', '--status', 'done', '--rpe', '3', '--minutes', '25'], { home, env }).stdout;
  expect(first).toContain('Knee (left) 4/10 on 2026-11-24: the plan takes it as settled by this morning. If it had not, say so: `durable checkin --date 2026-11-24 --settled no`');
  const again = durable(['checkin', '--status', 'done', '--rpe', '3', '--minutes', '25', '--settled', 'yes', '--replace'], { home, env }).stdout;
  expect(again).toMatch(/^Replaced your check-in for 2026-11-25 in /);
  expect(again).not.toContain('takes it as settled');
});
