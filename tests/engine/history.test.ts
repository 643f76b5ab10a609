import { describe, expect, test } from 'vitest';
import { checkInsPerWeek, summariseHistory } from '../../src/engine/history.js';
import { checkIn } from '../scenarios/story.js';
import { builtIn, profile } from '../helpers.js';

describe('the weeks of the history', () => {
  test('each check-in counts in the week it falls in, Monday to Sunday, a day logged ahead too; none outside the weeks shown', () => {
    const log = ['2026-11-08', '2026-11-09', '2026-11-15', '2026-11-16', '2026-11-22', '2026-11-23', '2026-11-29', '2026-11-30'].map((d) => checkIn(d));
    expect(checkInsPerWeek(log, '2026-11-09', 3)).toEqual([2, 2, 2]);
    expect(checkInsPerWeek([], '2026-11-09', 2)).toEqual([0, 0]);
  });

  test('the worst pain of a week is per joint, left and right together, and a day after today does not count yet', () => {
    const log = [
      checkIn('2026-11-23', { pain: { 'knee-left': 3, 'ankle-right': 1 } }),
      checkIn('2026-11-24', { pain: { 'knee-right': 5, 'ankle-left': 2 } }),
      checkIn('2026-11-26', { pain: { 'hip-left': 8 } }),
      checkIn('2026-11-17', { pain: { 'hip-right': 4 } }),
    ];
    const weeks = summariseHistory(log, profile(), builtIn(), '2026-11-23', 2, '2026-11-25');
    expect(weeks.map((w) => w.pain)).toEqual([
      { ankle: 0, knee: 0, hip: 4 },
      { ankle: 2, knee: 5, hip: 0 },
    ]);
  });
});
