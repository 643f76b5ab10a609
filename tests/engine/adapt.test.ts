import { describe, expect, test } from 'vitest';
import { RULES } from '../../src/engine/adapt/index.js';
import { jointStates } from '../../src/engine/adapt/jointState.js';
import { spareStrength } from '../../src/engine/adapt/planEdits.js';
import { situationOf } from '../../src/engine/adapt/situation.js';
import type { CheckIn } from '../../src/schema/log.js';
import { builtIn } from '../helpers.js';
import { checkIn, planned, RUNNER } from '../scenarios/story.js';

const rules = builtIn().rules;
const knee = (state: ReturnType<typeof jointStates>) => state.find((s) => s.joint === 'knee')!;

describe('joint state from the whole log', () => {
  test('pain above 5 starts the return ladder at its first step; two runs done at 0-2/10 climb a step', () => {
    const { steps, runsPerStep } = rules.adaptation.returnLadder;
    const log: CheckIn[] = [checkIn('2026-11-01', { pain: { 'knee-left': 7 } })];
    expect(knee(jointStates(log, rules)).episode).toMatchObject({ cause: 'tooMuch', step: 0, runs: 0, since: '2026-11-01' });
    log.push(checkIn('2026-11-04'), checkIn('2026-11-05', { planned: 'strength' }));
    expect(knee(jointStates(log, rules)).episode).toMatchObject({ step: 0, runs: 1 });
    // A run only partly done does not count.
    log.push(checkIn('2026-11-06', { status: 'partly' }), checkIn('2026-11-08'));
    expect(knee(jointStates(log, rules)).episode).toMatchObject({ step: 1, runs: 0 });
    for (let k = 0; k < (steps.length - 1) * runsPerStep; k++) log.push(checkIn(`2026-11-${10 + 2 * k}`));
    expect(knee(jointStates(log, rules)).episode).toMatchObject({ step: steps.length });
    // Done once the day after the last run is clean too.
    log.push(checkIn('2026-11-29', { planned: 'rest', minutes: 0, rpe: 0 }));
    expect(knee(jointStates(log, rules)).episode).toBeUndefined();
  });

  test('pain that did not settle starts the ladder further up; pain at 3-5 during it keeps the step; not settling again steps back', () => {
    const { unsettledStart } = rules.adaptation.returnLadder;
    const log = [checkIn('2026-11-01', { pain: { 'knee-left': 4 } }), checkIn('2026-11-02', { settled: false })];
    expect(knee(jointStates(log, rules)).episode).toMatchObject({ cause: 'unsettled', step: unsettledStart, report: { value: 4, date: '2026-11-01' } });
    const sore = [...log, checkIn('2026-11-03', { pain: { 'knee-left': 3 } })];
    expect(knee(jointStates(sore, rules)).episode).toMatchObject({ step: unsettledStart, runs: 0 });
    const again = [...sore, checkIn('2026-11-04', { planned: 'strength', settled: false })];
    expect(knee(jointStates(again, rules)).episode).toMatchObject({ step: unsettledStart - 1, runs: 0 });
  });

  test('renewed caution keeps the day it began', () => {
    const log = [checkIn('2026-11-01', { pain: { 'knee-left': 4 } }), checkIn('2026-11-05', { pain: { 'knee-left': 3 } })];
    expect(knee(jointStates(log, rules)).sore).toEqual({ value: 3, date: '2026-11-05', since: '2026-11-01' });
  });

  test('the specialist advice clears after enough check-ins at 0-2/10 (safe pain counts), not before', () => {
    const { clearAfterPainFree } = rules.adaptation.specialist;
    const log = [checkIn('2026-11-01', { pain: { 'knee-left': 8 } })];
    for (let d = 2; d <= clearAfterPainFree; d++) log.push(checkIn(`2026-11-0${d}`, { pain: { 'knee-left': d % 2 ? 1 : 2 } }));
    expect(knee(jointStates(log, rules)).specialist?.painFree).toBe(clearAfterPainFree - 1);
    expect(knee(jointStates([...log, checkIn('2026-11-09', { pain: { 'knee-left': 3 } })], rules)).specialist?.painFree).toBe(0);
    expect(knee(jointStates([...log, checkIn('2026-11-09', { pain: { 'knee-left': 2 } })], rules)).specialist).toBeUndefined();
  });
});

test('every rule has the same shape and says nothing without check-ins of note', () => {
  const plan = planned('2026-11-23');
  const situation = situationOf({ plan, checkIns: [checkIn('2026-11-22', { planned: 'rest', minutes: 0, rpe: 0 })], profile: RUNNER, dataset: builtIn(), today: '2026-11-22' })!;
  for (const [name, rule] of Object.entries(RULES)) expect([name, rule(situation)]).toEqual([name, []]);
});

test('sparing strength swaps dynamic knee work for a wall sit and keeps hip work', () => {
  const plan = planned('2026-11-23');
  const situation = situationOf({ plan, checkIns: [checkIn('2026-11-22')], profile: RUNNER, dataset: builtIn(), today: '2026-11-22' })!;
  const day = plan.weeks[0]!.days.find((d) => d.type === 'strength')!;
  const exercises = day.type === 'strength' ? day.exercises : [];
  const spared = spareStrength(exercises, new Set(['knee', 'hip']), situation);
  expect(spared.map((e) => e.id)).not.toContain('squats');
  expect(spared.some((e) => e.joints.includes('hip'))).toBe(true);
  for (const e of spared.filter((x) => x.joints.includes('knee') || x.joints.includes('hip'))) expect(e.level).toBe(1);
});
