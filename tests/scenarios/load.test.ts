// Training load: breaks, all-out days, single-run spikes and the load ratio.
import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/engine/load.js';
import { sessionMinutes } from '../../src/engine/runSession.js';
import { adapt, checkIn, days, followPlan, planned, reasons, run, runMinutes, runsBetween, strength } from './story.js';

describe('coming back after a break', () => {
  const skipped = (from: string, until: string) => followPlan(from, until).map((c) => ({ ...c, status: 'skipped' as const, minutes: 0, rpe: 0 }));

  test('a fully skipped week: the first week back is 50-70 % of the last full week, easy, with no longer long run', () => {
    const log = [...followPlan('2026-11-02', '2026-11-22'), ...skipped('2026-11-23', '2026-11-29')];
    const { after } = adapt(log, '2026-11-29');
    const lastFull = runMinutes(planned('2026-11-09'), '2026-11-09', '2026-11-15');
    const back = runMinutes(after, '2026-11-30', '2026-12-06');
    expect(back).toBeLessThanOrEqual(0.7 * lastFull);
    expect(back).toBeGreaterThanOrEqual(0.5 * lastFull - 10);
    expect(runsBetween(after, '2026-11-30', '2026-12-06').some((r) => r.kind === 'quality')).toBe(false);
    const longest = Math.max(...log.filter((c) => c.planned === 'run' && c.status === 'done' && c.date >= '2026-10-30').map((c) => c.minutes));
    expect(sessionMinutes(run(after, '2026-12-06'))).toBeLessThanOrEqual(longest);
    expect(reasons(after, '2026-11-30', '2026-12-06').join()).toMatch(/Back after 7 days without running: first week back 60 % of your last full week/);
  });

  test('no check-ins for 10 days while the plan ran: the same gentle week', () => {
    const log = followPlan('2026-11-02', '2026-11-15');
    const { before, after } = adapt(log, '2026-11-26');
    expect(runMinutes(after, '2026-11-26', '2026-12-02')).toBeLessThan(runMinutes(before, '2026-11-26', '2026-12-02'));
    expect(run(before, '2026-12-02').kind).toBe('quality');
    expect(run(after, '2026-12-02').kind).toBe('easy');
    // Running may simply not have been logged: the plan says how to put that right.
    expect(after.notes.join()).toMatch(/No check-ins from Mon 16 Nov to Wed 25 Nov, so the plan takes them as a break\. If you ran, check those days in/);
  });

  test('a week of skipped check-ins is a break the runner told: no note asking whether they ran', () => {
    const log = [...followPlan('2026-11-02', '2026-11-22'), ...skipped('2026-11-23', '2026-11-29')];
    expect(adapt(log, '2026-11-29').after.notes.join()).not.toMatch(/No check-ins from/);
  });

  test('then it builds at the usual cap', () => {
    const log = [...followPlan('2026-11-02', '2026-11-22'), ...skipped('2026-11-23', '2026-11-29')];
    const { after } = adapt(log, '2026-11-29');
    expect(runMinutes(after, '2026-12-07', '2026-12-13')).toBeLessThanOrEqual(Math.floor(runMinutes(after, '2026-11-30', '2026-12-06') * 1.1) + 1);
  });
});

describe('an all-out day', () => {
  // 150 minutes at effort 10 on Tue 1 Dec, a planned easy run; Wednesday has the tempo run.
  const log = followPlan('2026-11-02', '2026-12-01', { '2026-12-01': { minutes: 150, rpe: 10 } });
  const { before, after } = adapt(log, '2026-12-01');

  test('the next two days are easy: no tempo run, strength at its easiest', () => {
    expect(run(before, '2026-12-02').kind).toBe('quality');
    expect(run(after, '2026-12-02').kind).toBe('easy');
    expect(run(after, '2026-12-02').adjustments[0]).toMatch(/^150 min at effort 10\/10 on Tue 1 Dec, load 1500 against \d+ planned: easy days until Thu 3 Dec$/);
    for (const e of strength(after, '2026-12-03').exercises) expect(e.level).toBe(1);
    expect(strength(before, '2026-12-03').exercises.some((e) => e.level > 1)).toBe(true);
  });

  test('effort 9/10 on an easy day is enough, and the long run after it is not long', () => {
    const saturday = adapt(followPlan('2026-11-02', '2026-12-05', { '2026-12-05': { rpe: 9 } }), '2026-12-05').after;
    expect(run(saturday, '2026-12-06').kind).toBe('easy');
  });
});

describe('the single-run spike guard', () => {
  test('once the log covers 14 days, no run is more than 10 % longer than the longest of the last 30 days', () => {
    // Every run logged at 50 minutes, whatever the plan said.
    const log = followPlan('2026-11-09', '2026-11-29').map((c) => (c.planned === 'run' ? { ...c, minutes: 50 } : c));
    const { before, after } = adapt(log, '2026-11-29');
    expect(sessionMinutes(run(before, '2026-12-06'))).toBeGreaterThan(55);
    for (const r of runsBetween(after, '2026-11-30', '2026-12-13')) expect(sessionMinutes(r)).toBeLessThanOrEqual(55);
    expect(run(after, '2026-12-06').adjustments.join()).toMatch(/No run more than 10 % over your longest of the 30 days before \(50 min\)/);
  });

  test('not before the log covers 14 days', () => {
    const log = followPlan('2026-11-23', '2026-11-29').map((c) => (c.planned === 'run' ? { ...c, minutes: 50 } : c));
    const { after } = adapt(log, '2026-11-29');
    expect(reasons(after).join()).not.toMatch(/longest/);
  });
});

describe('the load ratio', () => {
  test('following the advanced plan exactly never trims the runs', () => {
    const profile = { level: 'advanced' as const, runDays: 4, strengthDays: 2, longRunDay: 'sunday' as const, surfaces: ['grass', 'dirt', 'pavement'], equipment: [] };
    for (let d = 0; d < 21; d++) {
      const today = addDays('2026-11-16', d);
      const log = followPlan('2026-10-26', today, {}, profile);
      const { after } = adapt(log, today, 1, profile);
      expect(reasons(after).filter((r) => /Load ratio/.test(r))).toEqual([]);
    }
  });

  test('a week far above the usual trims the coming runs, once the log covers 28 days', () => {
    const log = [...followPlan('2026-10-26', '2026-11-22'), ...followPlan('2026-11-23', '2026-11-29').map((c) => ({ ...c, rpe: 9, minutes: c.minutes * 2 }))];
    const { after } = adapt(log, '2026-11-29');
    expect(reasons(after).join()).toMatch(/Load ratio \d\.\d\d, above 1\.3: runs 20 % shorter until Sun 6 Dec/);
    const short = [...followPlan('2026-11-09', '2026-11-22'), ...followPlan('2026-11-23', '2026-11-29').map((c) => ({ ...c, rpe: 9, minutes: c.minutes * 2 }))];
    expect(reasons(adapt(short, '2026-11-29').after).join()).not.toMatch(/Load ratio/);
  });
});

test('a plan with no check-ins is unchanged', () => {
  const { before, after } = adapt([], '2026-11-29');
  expect(after).toEqual(before);
  expect(days(after).length).toBe(21);
  void checkIn;
});
