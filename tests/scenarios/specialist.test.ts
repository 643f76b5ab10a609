// When to advise a physical therapist, and what the plan does until the joint is pain-free.
import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/engine/load.js';
import type { CheckIn } from '../../src/schema/log.js';
import { adapt, checkIn, followPlan, planned, run, runMinutes, runsBetween } from './story.js';

const advice = (notes: string[]) => notes.filter((n) => /physical therapist/.test(n));

describe('the advice to see a specialist', () => {
  test('safe pain (knee 1, 1 and 2) never fires it', () => {
    const log = followPlan('2026-11-16', '2026-11-29', { '2026-11-25': { pain: { 'knee-left': 1 } }, '2026-11-27': { pain: { 'knee-left': 1 } }, '2026-11-29': { pain: { 'knee-left': 2 } } });
    expect(advice(adapt(log, '2026-11-29').after.notes)).toEqual([]);
  });

  test('knee 4-5/10 after every long run for six weeks, settled by morning: advice, and the long run stops growing', () => {
    const sundays = Array.from({ length: 6 }, (_, i) => addDays('2026-10-25', 7 * (i + 1)));
    const change: Record<string, Partial<CheckIn>> = {};
    sundays.forEach((sunday, i) => {
      change[sunday] = { pain: { 'knee-right': 4 + (i % 2) } };
      change[addDays(sunday, 1)] = { planned: 'rest', minutes: 0, rpe: 0, settled: true };
    });
    const log = followPlan('2026-10-26', '2026-12-07', change);
    const { after } = adapt(log, '2026-12-07');
    expect(advice(after.notes)[0]).toMatch(/^Knee pain 3\/10 or more on 3 check-ins since Sun 22 Nov\. .*physical therapist or movement specialist who works with runners/);
    const lastLong = run(planned('2026-12-06'), '2026-12-06');
    expect(run(after, '2026-12-13').minutes).toBeLessThanOrEqual(lastLong.minutes);
    expect(runMinutes(after, '2026-12-07', '2026-12-13')).toBeLessThanOrEqual(runMinutes(planned('2026-11-30'), '2026-11-30', '2026-12-06'));
  });

  test('a single report of 9/10 fires it', () => {
    const { after } = adapt([...followPlan('2026-11-16', '2026-11-28'), checkIn('2026-11-29', { pain: { 'ankle-left': 9 } })], '2026-11-29');
    expect(advice(after.notes)[0]).toMatch(/^Ankle pain 9\/10 on Sun 29 Nov\. Pain this strong deserves a look/);
    // One report is not pain that keeps coming back: the advice says what it is.
    expect(advice(after.notes)[0]).not.toMatch(/keeps coming back/);
  });

  test('pain on most check-ins over 14 days fires it, even at 1-3/10', () => {
    const log = followPlan('2026-11-09', '2026-11-29', { '2026-11-10': { pain: { 'hip-left': 1 } }, '2026-11-11': { pain: { 'hip-left': 1 } }, '2026-11-12': { pain: { 'hip-left': 3 } } });
    for (const c of log) if (c.date > '2026-11-12') c.pain = { 'hip-left': 1 };
    expect(advice(adapt(log, '2026-11-24').after.notes)[0]).toMatch(/^Hip pain on \d+ of \d+ check-ins since Tue 10 Nov\. /);
  });

  test('once it fires, the plan stays conservative: no quality, no growth, until 5 pain-free check-ins', () => {
    const sore = followPlan('2026-11-09', '2026-11-24', { '2026-11-19': { pain: { 'knee-left': 3 } }, '2026-11-21': { pain: { 'knee-left': 3 } }, '2026-11-24': { pain: { 'knee-left': 3 } } });
    const { before, after } = adapt(sore, '2026-11-24', 3);
    expect(advice(after.notes)).toHaveLength(1);
    expect(runsBetween(before, '2026-11-25', '2026-12-13').some((r) => r.kind === 'quality')).toBe(true);
    expect(runsBetween(after, '2026-11-25', '2026-12-13').some((r) => r.kind === 'quality')).toBe(false);
    expect(runMinutes(after, '2026-12-07', '2026-12-13')).toBeLessThanOrEqual(runMinutes(before, '2026-11-23', '2026-11-29'));
    // Four pain-free check-ins: still conservative. The fifth lifts it.
    const four = [...sore, ...followPlan('2026-11-25', '2026-11-29')];
    expect(four.filter((c) => c.date > '2026-11-24')).toHaveLength(4);
    expect(advice(adapt(four, '2026-11-29').after.notes)[0]).toMatch(/Until 1 more pain-free check-in/);
    const five = [...four, ...followPlan('2026-11-30', '2026-11-30')];
    const lifted = adapt(five, '2026-11-30').after;
    expect(advice(lifted.notes)).toEqual([]);
    expect(run(lifted, '2026-12-02').kind).toBe('quality');
  });

  test('check-ins at 1-2/10 are safe (Silbernagel) and count as pain-free: caution does not last for ever on safe pain', () => {
    const sore = followPlan('2026-11-09', '2026-11-24', { '2026-11-19': { pain: { 'knee-left': 3 } }, '2026-11-21': { pain: { 'knee-left': 3 } }, '2026-11-24': { pain: { 'knee-left': 3 } } });
    const safe = Object.fromEntries(['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-29', '2026-11-30'].map((d, k) => [d, { pain: { 'knee-left': 1 + (k % 2) } }]));
    const lifted = adapt([...sore, ...followPlan('2026-11-25', '2026-11-30', safe)], '2026-11-30').after;
    expect(advice(lifted.notes)).toEqual([]);
    expect(run(lifted, '2026-12-02').kind).toBe('quality');
  });
});
