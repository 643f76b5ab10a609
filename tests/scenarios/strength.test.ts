// Strength work spares the sore joint, keeps the others working, and never drops the hips.
import { describe, expect, test } from 'vitest';
import { adapt, checkIn, day, followPlan, strength } from './story.js';

const KNEE_DYNAMIC = ['lunges', 'step-ups', 'squats', 'single-leg-deadlift'];

describe('strength with a sore joint', () => {
  test('knee pain on 7 of 7 check-ins: no lunges, step-ups or squats; a wall sit at its easiest instead', () => {
    const log = followPlan('2026-11-23', '2026-11-29').map((c) => ({ ...c, pain: { 'knee-left': 3 } }));
    const { before, after } = adapt(log, '2026-11-29');
    const wednesday = strength(before, '2026-12-02');
    expect(wednesday.exercises.some((e) => KNEE_DYNAMIC.includes(e.id))).toBe(true);
    for (const date of ['2026-12-02', '2026-12-04']) {
      const spared = strength(after, date);
      expect(spared.exercises.filter((e) => KNEE_DYNAMIC.includes(e.id))).toEqual([]);
      expect(spared.exercises.some((e) => e.joints.includes('hip'))).toBe(true);
      for (const e of spared.exercises.filter((x) => x.joints.includes('knee'))) expect(e.level).toBe(1);
      expect(spared.adjustments.join()).toMatch(/gentler knee exercises/);
    }
  });

  test('the other joints carry on at their level', () => {
    const log = followPlan('2026-11-23', '2026-11-29').map((c) => ({ ...c, pain: { 'knee-left': 4 } }));
    const { before, after } = adapt(log, '2026-11-29');
    const kept = strength(before, '2026-12-02').exercises.filter((e) => !e.joints.includes('knee'));
    expect(kept.length).toBeGreaterThan(0);
    for (const e of kept) expect(strength(after, '2026-12-02').exercises).toContainEqual(e);
  });

  test('knee 6/10: no split-squat lunges the next days', () => {
    const log = [...followPlan('2026-11-23', '2026-12-07'), checkIn('2026-12-08', { pain: { 'knee-right': 6 } })];
    const { before, after } = adapt(log, '2026-12-08');
    expect(strength(before, '2026-12-09').exercises.map((e) => e.id)).toContain('lunges');
    expect(strength(after, '2026-12-09').exercises.map((e) => e.id)).not.toContain('lunges');
    expect(strength(after, '2026-12-09').exercises.map((e) => e.id)).toContain('wall-sit');
  });

  test('ankle 6 and hip 7: the day without running has a gentle exercise for each, hip work included, no balancing', () => {
    const log = [...followPlan('2026-11-23', '2026-11-30'), checkIn('2026-12-01', { pain: { 'ankle-left': 6, 'hip-right': 7 } })];
    const { after } = adapt(log, '2026-12-01');
    const sunday = day(after, '2026-12-03');
    expect(sunday.type).toBe('recovery');
    const ids = sunday.type === 'recovery' ? sunday.exercises!.map((e) => e.id) : [];
    expect(ids).toEqual(['calf-raise-hold', 'glute-bridge']);
    expect(ids.filter((id) => id.includes('balance'))).toEqual([]);
  });
});
