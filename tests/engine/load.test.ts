import { expect, test } from 'vitest';
import { acuteChronicRatio, sessionLoad, worstPain } from '../../src/engine/load.js';
import type { CheckIn } from '../../src/schema/log.js';
import { builtIn } from '../helpers.js';

const c = (date: string, minutes: number, rpe: number, extra: Partial<CheckIn> = {}): CheckIn => ({ date, status: 'done', minutes, rpe, pain: {}, recordedAt: `${date}T08:00:00Z`, ...extra });

test('session load is effort x minutes, and nothing for a skipped session', () => {
  expect(sessionLoad(c('2026-11-01', 40, 6), builtIn().rules)).toBe(240);
  expect(sessionLoad(c('2026-11-01', 40, 6, { status: 'skipped' }), builtIn().rules)).toBe(0);
});

test('an imported run with no effort recorded still counts for load, at a planned easy effort, never as 0', () => {
  const imported = c('2026-11-01', 40, 0, { rpe: undefined, notRecorded: ['rpe', 'pain'] });
  expect(sessionLoad(imported, builtIn().rules)).toBe(40 * builtIn().rules.adaptation.effortSpike.plannedEffort.easy);
});

test('acute:chronic ratio: steady training is 1, a doubled week is above 1.3', () => {
  const steady = Array.from({ length: 28 }, (_, i) => c(`2026-11-${String(i + 1).padStart(2, '0')}`, 30, 5));
  expect(acuteChronicRatio(steady, '2026-11-28', builtIn().rules).ratio).toBeCloseTo(1);
  const doubled = steady.map((x, i) => (i >= 21 ? { ...x, minutes: 60 } : x));
  const { ratio, acute, chronic } = acuteChronicRatio(doubled, '2026-11-28', builtIn().rules);
  expect(acute).toBe(7 * 300);
  expect(chronic).toBeCloseTo((21 * 150 + 7 * 300) / 4);
  expect(ratio).toBeGreaterThan(1.3);
});

test('the ratio is not given while the log is shorter than the rules ask', () => {
  const short = Array.from({ length: 10 }, (_, i) => c(`2026-11-${String(i + 10)}`, 30, 5));
  expect(acuteChronicRatio(short, '2026-11-19', builtIn().rules).ratio).toBeNull();
});

test('worst pain per joint takes the worse side', () => {
  expect(worstPain(c('2026-11-01', 1, 1, { pain: { 'knee-left': 2, 'knee-right': 5, 'hip-left': 1 } }))).toEqual(
    new Map([
      ['knee', 5],
      ['hip', 1],
    ]),
  );
});

test('days before the first check-in are not zero load: no ratio until the log covers all 28 days', () => {
  const days = (n: number) => Array.from({ length: n }, (_, i) => c(`2026-11-${String(i + 1).padStart(2, '0')}`, 30, 5));
  expect(acuteChronicRatio(days(27), '2026-11-27', builtIn().rules).ratio).toBeNull();
  expect(acuteChronicRatio(days(28), '2026-11-28', builtIn().rules).ratio).toBeCloseTo(1);
  const { rules } = builtIn();
  const careless = { ...rules, adaptation: { ...rules.adaptation, load: { ...rules.adaptation.load, minHistoryDays: 7 } } };
  expect(acuteChronicRatio(days(21), '2026-11-21', careless).ratio).toBeNull();
});
