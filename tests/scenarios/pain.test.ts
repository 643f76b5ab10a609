// Stories about pain, told the way a runner lives them: check-ins, then what the coming days hold.
// The runner trains 4 runs a week: Tue easy, Thu tempo, Sat easy, Sun long; strength Wed and Fri.
import { describe, expect, test } from 'vitest';
import { adapt, checkIn, day, days, followPlan, planned, reasons, run, runMinutes, runsBetween } from './story.js';

describe('pain above 5/10 (Silbernagel: too much)', () => {
  // Knee 8/10 after the Sunday long run on 6 Dec; Monday 7 Dec is a rest day anyway.
  const log = followPlan('2026-11-09', '2026-12-06', { '2026-12-06': { pain: { 'knee-left': 8 } } });
  const { before, after } = adapt(log, '2026-12-06');

  test('no running for the next 48 hours, whatever the next days were', () => {
    expect(day(after, '2026-12-08').type).toBe('recovery');
    expect(day(after, '2026-12-08').adjustments[0]).toBe('Knee pain 8/10 on Sun 6 Dec, above 5: no running until Wed 9 Dec');
    // Pain on Saturday before the Sunday long run: the long run goes too.
    const saturday = adapt(followPlan('2026-11-09', '2026-12-05', { '2026-12-05': { pain: { 'knee-right': 6 } } }), '2026-12-05').after;
    expect(day(saturday, '2026-12-06').type).toBe('recovery');
  });

  test('the week after does not grow, has no quality session, and its runs are shorter', () => {
    expect(runMinutes(before, '2026-12-07', '2026-12-13')).toBeGreaterThan(runMinutes(before, '2026-11-30', '2026-12-06'));
    expect(runMinutes(after, '2026-12-07', '2026-12-13')).toBeLessThanOrEqual(0.7 * runMinutes(before, '2026-12-07', '2026-12-13'));
    expect(runsBetween(after, '2026-12-07', '2026-12-13').some((r) => r.kind === 'quality')).toBe(false);
  });

  test('the return comes in steps: the first run back is at most half the planned minutes', () => {
    const first = runsBetween(after, '2026-12-09', '2026-12-31')[0]!;
    expect(first.minutes).toBeLessThanOrEqual(Math.ceil(run(before, first.date).minutes / 2));
    expect([...first.adjustments, ...first.notes].join()).toMatch(/Return step 1 of 3 after knee pain 8\/10 on Sun 6 Dec, above 5: 50 % of the planned minutes, easy pace/);
  });

  test('more pain never gets less caution: 8/10 gives no more running than 3/10 on any day', () => {
    const mild = adapt(followPlan('2026-11-09', '2026-12-06', { '2026-12-06': { pain: { 'knee-left': 3 } } }), '2026-12-06').after;
    const mildRuns = runsBetween(mild, '2026-12-07', '2026-12-20');
    for (const r of mildRuns) expect(day(after, r.date).type === 'run' ? run(after, r.date).minutes : 0).toBeLessThanOrEqual(r.minutes);
    expect(runMinutes(mild, '2026-12-07', '2026-12-13')).toBeLessThanOrEqual(runMinutes(before, '2026-11-30', '2026-12-06'));
  });

  test('reasons name the day they are about, and never call another day "today"', () => {
    expect(reasons(after).some((r) => /\btoday\b/.test(r))).toBe(false);
    // Knee 6/10 on Tuesday: Wednesday's strength day is not told "no running"; it spares the knee instead.
    const tuesday = adapt(followPlan('2026-11-09', '2026-11-24', { '2026-11-24': { pain: { 'knee-left': 6 } } }), '2026-11-24').after;
    const strength = day(tuesday, '2026-11-25');
    expect(strength.type).toBe('strength');
    expect(strength.adjustments.join()).not.toMatch(/no running/);
    expect(strength.adjustments.join()).toMatch(/Knee pain 6\/10 on Tue 24 Nov, above 5: gentler knee exercises/);
    expect(reasons(tuesday).some((r) => /\btoday\b/.test(r))).toBe(false);
  });
});

describe('a graded return with memory', () => {
  // Knee 4/10 on Sat 28 Nov and Sun 29 Nov, not settled by Sun and Mon mornings; a pain-free easy run on Tue 1 Dec.
  const log = followPlan('2026-11-09', '2026-12-01', {
    '2026-11-28': { pain: { 'knee-left': 4 } },
    '2026-11-29': { pain: { 'knee-left': 4 }, settled: false },
    '2026-11-30': { planned: 'rest', minutes: 0, rpe: 0, pain: { 'knee-left': 4 }, settled: false },
    '2026-12-01': { settled: true },
  });

  test('one pain-free run does not bring back the tempo run or a longer long run', () => {
    const { before, after } = adapt(log, '2026-12-01');
    expect(run(before, '2026-12-03').kind).toBe('quality');
    expect(run(after, '2026-12-03').kind).toBe('easy');
    expect(run(after, '2026-12-03').adjustments.join()).toMatch(/Knee pain 4\/10 on Sun 29 Nov had not settled by morning/);
    expect(run(after, '2026-12-06').minutes).toBeLessThanOrEqual(run(planned('2026-11-29'), '2026-11-29').minutes);
  });

  test('unsettled pain: the next run is easy and shorter', () => {
    const { before, after } = adapt(log.slice(0, -1), '2026-11-30');
    expect(run(after, '2026-12-01').minutes).toBeLessThan(run(before, '2026-12-01').minutes);
  });

  test('each step is earned by a run at 0-2/10; a run at 3-5 earns nothing', () => {
    const knee8 = followPlan('2026-11-09', '2026-12-06', { '2026-12-06': { pain: { 'knee-left': 8 } } });
    const clean = adapt([...knee8, checkIn('2026-12-10', { minutes: 40 })], '2026-12-10').after;
    const sore = adapt([...knee8, checkIn('2026-12-10', { minutes: 40, pain: { 'knee-left': 4 } })], '2026-12-10').after;
    expect(reasons(clean, '2026-12-12', '2026-12-12').join()).toMatch(/Return step 2 of 3/);
    expect(reasons(sore, '2026-12-12', '2026-12-12').join()).toMatch(/Return step 1 of 3/);
    expect(run(sore, '2026-12-12').minutes).toBeLessThan(run(clean, '2026-12-12').minutes);
  });

  test('pain at 3/10 the day after a run takes back the step that run earned', () => {
    const knee8 = followPlan('2026-11-09', '2026-12-06', { '2026-12-06': { pain: { 'knee-left': 8 } } });
    const earned = [...knee8, checkIn('2026-12-10', { minutes: 40 })];
    const sore = adapt([...earned, checkIn('2026-12-11', { planned: 'strength', minutes: 25, rpe: 4, pain: { 'knee-left': 3 } })], '2026-12-11').after;
    expect(reasons(sore, '2026-12-12', '2026-12-12').join()).toMatch(/Return step 1 of 3/);
  });

  test('the caution lasts until the last step is earned, and then lifts', () => {
    const knee8 = followPlan('2026-11-09', '2026-12-06', { '2026-12-06': { pain: { 'knee-left': 8 } } });
    // Three clean runs, and strength days without pain: the specialist advice (8/10) clears after 5 pain-free check-ins.
    const steps = ['2026-12-09', '2026-12-10', '2026-12-11', '2026-12-12', '2026-12-13'].map((date) =>
      checkIn(date, ['2026-12-09', '2026-12-11'].includes(date) ? { planned: 'strength', minutes: 25, rpe: 4 } : { minutes: 40 }),
    );
    const twoSteps = adapt([...knee8, ...steps.slice(0, 4)], '2026-12-12').after;
    expect(reasons(twoSteps, '2026-12-13', '2026-12-13').join()).toMatch(/Return step 3 of 3/);
    const done = adapt([...knee8, ...steps, checkIn('2026-12-14', { planned: 'rest', minutes: 0, rpe: 0 })], '2026-12-14', 3);
    const quality = runsBetween(done.before, '2026-12-15', '2026-12-31').filter((r) => r.kind === 'quality');
    expect(quality.length).toBeGreaterThan(0);
    for (const q of quality) expect(run(done.after, q.date).kind).toBe('quality');
  });

  test('knee pain the week before counts as rising, with its date, and not after it has gone', () => {
    const rising = adapt([checkIn('2026-11-14', { pain: { 'hip-left': 2 } }), checkIn('2026-11-22', { pain: { 'hip-left': 4 } })], '2026-11-22').after;
    expect(reasons(rising).join()).toMatch(/Hip pain 4\/10 on Sun 22 Nov, after hip pain the week before/);
    expect(reasons(rising).join()).not.toMatch(/rising week on week/);
    // Two pain-free check-ins later, the reasons still name the report they come from, in the past.
    const later = adapt(
      [checkIn('2026-11-14', { pain: { 'hip-left': 2 } }), checkIn('2026-11-22', { pain: { 'hip-left': 4 } }), checkIn('2026-11-23', { planned: 'rest', minutes: 0, rpe: 0 }), checkIn('2026-11-24')],
      '2026-11-24',
    ).after;
    const said = reasons(later).join();
    expect(said).toMatch(/after hip pain 4\/10 on Sun 22 Nov, after hip pain the week before/);
    expect(said).not.toMatch(/pain is rising/);
  });
});

describe('pain at 3-5/10 that settled', () => {
  test('carry on: no weekly growth and no longer long run while it lasts', () => {
    const log = followPlan('2026-11-09', '2026-11-29', { '2026-11-29': { pain: { 'ankle-right': 4 } } });
    const { before, after } = adapt([...log, checkIn('2026-11-30', { planned: 'rest', minutes: 0, rpe: 0, settled: true })], '2026-11-30');
    expect(runMinutes(before, '2026-11-30', '2026-12-06')).toBeGreaterThan(runMinutes(planned('2026-11-23'), '2026-11-23', '2026-11-29'));
    const lastWeek = planned('2026-11-23');
    expect(runMinutes(after, '2026-11-30', '2026-12-06')).toBeLessThanOrEqual(runMinutes(lastWeek, '2026-11-23', '2026-11-29'));
    expect(run(after, '2026-12-06').minutes).toBeLessThanOrEqual(run(lastWeek, '2026-11-29').minutes);
    expect(run(after, '2026-12-03').kind).toBe('quality');
  });

  test('safe pain (0-2/10) changes nothing', () => {
    const log = followPlan('2026-11-09', '2026-11-29', { '2026-11-24': { pain: { 'knee-left': 2 } }, '2026-11-26': { pain: { 'knee-left': 1 } }, '2026-11-29': { pain: { 'knee-left': 2 } } });
    const painFree = followPlan('2026-11-09', '2026-11-29');
    expect(adapt(log, '2026-11-29').after).toEqual(adapt(painFree, '2026-11-29').after);
    expect(adapt(log, '2026-11-29', 1).after).toEqual(adapt(log, '2026-11-29', 1).before);
  });
});

test('the plan says, joint by joint, the latest pain, the return step and the advice', () => {
  const log = followPlan('2026-11-09', '2026-12-06', { '2026-12-06': { pain: { 'knee-left': 8 } } });
  expect(adapt(log, '2026-12-06').after.joints).toEqual([
    { joint: 'knee', pain: { value: 8, date: '2026-12-06' }, returnStep: { step: 1, of: 3, since: '2026-12-06' }, specialist: 'Knee pain 8/10 on Sun 6 Dec' },
  ]);
  expect(adapt(followPlan('2026-11-09', '2026-12-06'), '2026-12-06').after.joints).toBeUndefined();
});

describe('after the caution ends', () => {
  test('the weeks grow back from what the runner was given, 10 % a week at most, not in one jump to the old plan', () => {
    // Knee 8/10 after the long run on 6 Dec, then every run of the way back at 0/10.
    const log = followPlan('2026-11-09', '2026-12-06', { '2026-12-06': { pain: { 'knee-left': 8 } } });
    const { before, after } = adapt(log, '2026-12-06', 6);
    const weekly = (plan: typeof after) => plan.weeks.map((w) => w.summary.runMinutes);
    const lastFullWeek = (plan: typeof after, i: number) => {
      for (let j = i - 1; j >= 0; j--) if (!plan.weeks[j]!.deload) return plan.weeks[j]!.summary.runMinutes;
      return undefined;
    };
    // The plan as first made would jump back; the adapted one never grows by more than the cap.
    after.weeks.forEach((week, i) => {
      const base = lastFullWeek(after, i);
      if (i > 0 && base !== undefined) expect(week.summary.runMinutes).toBeLessThanOrEqual(Math.floor(base * 1.1));
    });
    expect(weekly(after).at(-1)!).toBeLessThan(weekly(before).at(-1)!);
    const held = days(after).find((d) => d.adjustments.some((a) => a.startsWith('Growing back after lighter weeks')));
    expect(held).toBeDefined();
  });
});
