// The graded return as a physio describes it (COACHING.md, "Return to running"): walk-run steps
// building to continuous running, easy, a rest day between runs, each step done twice, and no
// step up with pain the next day. The runner: Tue easy, Wed tempo, Fri easy, Sun long.
import { describe, expect, test } from 'vitest';
import { addDays } from '../../src/engine/load.js';
import { adapt, checkIn, day, days, followPlan, reasons, run } from './story.js';

// Knee 8/10 after the Sunday long run on 6 Dec: no running until Wed 9 Dec.
const knee8 = followPlan('2026-11-09', '2026-12-06', { '2026-12-06': { pain: { 'knee-left': 8 } } });
const stepOf = (text: string) => /Return step (\d) of \d, run (\d) of 2/.exec(text)?.slice(1).map(Number);
const steps = (plan: ReturnType<typeof adapt>['after'], from: string, until: string) =>
  days(plan)
    .filter((d) => d.date >= from && d.date <= until && d.type === 'run')
    .map((d) => ({ date: d.date, step: stepOf([...d.adjustments, ...d.notes].join('|')) }));

describe('the way back after knee pain 8/10', () => {
  const { before, after } = adapt(knee8, '2026-12-06', 4);

  test('the first steps are walk-run sessions at easy pace, shorter than planned', () => {
    // Wed 9 Dec follows Tuesday's planned run: a rest day. The first run back is Fri 11 Dec.
    expect(day(after, '2026-12-09').type).toBe('recovery');
    const first = run(after, '2026-12-11');
    expect(first.kind).toBe('runWalk');
    expect(first.intervals).toMatchObject({ runSeconds: 180, walkSeconds: 120 });
    expect(first.mainSet).toMatch(/x \(run 3 min, walk 2 min\)/);
    expect(first.minutes).toBeLessThanOrEqual(run(before, '2026-12-11').minutes / 2);
    expect(first.hard).toBe(false);
  });

  test('never two return runs on consecutive days: the day after a return run is a rest day', () => {
    const running = days(after).filter((d) => d.date >= '2026-12-09' && d.type === 'run' && [...d.adjustments, ...d.notes].some((r) => r.startsWith('Return step')));
    expect(running.length).toBeGreaterThan(4);
    for (const r of running) expect(day(after, addDays(r.date, 1))?.type).not.toBe('run');
    // The planned Tue-Wed pair becomes one run and a rest day.
    expect(day(after, '2026-12-16').type).toBe('recovery');
    expect(day(after, '2026-12-16').adjustments.join()).toMatch(/a rest day between runs/);
  });

  test('each step is done twice before the next, and days planned ahead show the step the runner will be on', () => {
    const coming = steps(after, '2026-12-09', '2026-12-31').filter((s) => s.step);
    expect(coming.slice(0, 5).map((s) => s.step)).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
      [3, 1],
    ]);
  });
});

test('weeks away without a check-in do not use up the ladder: the first run back is still its first step', () => {
  // Knee 8/10 on 6 Dec, then nothing logged until today, Mon 28 Dec.
  const { after } = adapt(knee8, '2026-12-28', 2);
  const first = steps(after, '2026-12-28', '2027-01-10').find((s) => s.step)!;
  expect(first.step).toEqual([1, 1]);
  expect(reasons(after, '2026-12-28').join('|')).toMatch(/Return step 1 of 4, run 1 of 2/);
});

describe('a step that went badly', () => {
  const firstRun = checkIn('2026-12-11', { minutes: 20 });

  test('a run done at 4/10 that settled keeps the step: its two runs start again', () => {
    const sore = adapt([...knee8, firstRun, checkIn('2026-12-13', { minutes: 20, pain: { 'knee-left': 4 } })], '2026-12-13').after;
    expect(steps(sore, '2026-12-14', '2026-12-31').find((s) => s.step)!.step).toEqual([1, 1]);
  });

  test('a run only partly done counts for nothing', () => {
    const partly = adapt([...knee8, checkIn('2026-12-11', { minutes: 10, status: 'partly' })], '2026-12-11').after;
    expect(steps(partly, '2026-12-12', '2026-12-31').find((s) => s.step)!.step).toEqual([1, 1]);
  });

  test('pain that did not settle by the morning after a run steps back', () => {
    // Two clean runs (step 2 earned), then the third at 4/10 that had not settled the next morning.
    const log = [
      ...knee8,
      firstRun,
      checkIn('2026-12-13', { minutes: 20 }),
      checkIn('2026-12-15', { minutes: 30, pain: { 'knee-left': 4 } }),
      checkIn('2026-12-16', { planned: 'strength', minutes: 25, rpe: 4, settled: false }),
    ];
    const { after } = adapt(log, '2026-12-16');
    expect(steps(after, '2026-12-17', '2026-12-31').find((s) => s.step)!.step).toEqual([1, 1]);
  });
});

test('two sore joints: one way back, one step line a day, the joint furthest behind leading', () => {
  const log = followPlan('2026-11-09', '2026-12-06', { '2026-12-04': { pain: { 'ankle-right': 6 } }, '2026-12-06': { pain: { 'knee-left': 8 } } });
  const { after } = adapt(log, '2026-12-06', 4);
  const lines = days(after).flatMap((d) => [...d.adjustments, ...d.notes].filter((n) => n.startsWith('Return step')));
  expect(lines.length).toBeGreaterThan(3);
  expect(lines[0]).toMatch(/^Return step 1 of 4, run 1 of 2, after knee pain 8\/10 on Sun 6 Dec/);
  for (const d of days(after)) expect([...d.adjustments, ...d.notes].filter((n) => n.startsWith('Return step')).length).toBeLessThanOrEqual(1);
});
