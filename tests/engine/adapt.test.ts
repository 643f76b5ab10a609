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
  test('pain above 5 starts the return ladder at its first step; each clean run earns a step', () => {
    const log: CheckIn[] = [checkIn('2026-11-01', { pain: { 'knee-left': 7 } })];
    expect(knee(jointStates(log, rules)).episode).toMatchObject({ cause: 'tooMuch', step: 0, since: '2026-11-01' });
    log.push(checkIn('2026-11-04'), checkIn('2026-11-05', { planned: 'strength' }));
    expect(knee(jointStates(log, rules)).episode).toMatchObject({ step: 1, clean: 2 });
    log.push(checkIn('2026-11-06'), checkIn('2026-11-07'));
    expect(knee(jointStates(log, rules)).episode).toBeUndefined();
  });

  test('pain that did not settle starts the ladder further up; pain at 3-5 during it earns nothing', () => {
    const log = [checkIn('2026-11-01', { pain: { 'knee-left': 4 } }), checkIn('2026-11-02', { settled: false })];
    expect(knee(jointStates(log, rules)).episode).toMatchObject({ cause: 'unsettled', step: rules.adaptation.returnLadder.unsettledStart, report: { value: 4, date: '2026-11-01' } });
    const sore = [...log, checkIn('2026-11-03', { pain: { 'knee-left': 3 } })];
    expect(knee(jointStates(sore, rules)).episode).toMatchObject({ step: 1, clean: 0 });
  });

  test('renewed caution keeps the day it began', () => {
    const log = [checkIn('2026-11-01', { pain: { 'knee-left': 4 } }), checkIn('2026-11-05', { pain: { 'knee-left': 3 } })];
    expect(knee(jointStates(log, rules)).sore).toEqual({ value: 3, date: '2026-11-05', since: '2026-11-01' });
  });

  test('the specialist advice clears after enough pain-free check-ins, not before', () => {
    const log = [checkIn('2026-11-01', { pain: { 'knee-left': 8 } })];
    for (let d = 2; d <= rules.adaptation.specialist.clearAfterPainFree; d++) log.push(checkIn(`2026-11-0${d}`));
    expect(knee(jointStates(log, rules)).specialist?.painFree).toBe(rules.adaptation.specialist.clearAfterPainFree - 1);
    log.push(checkIn('2026-11-09', { pain: { 'knee-left': 1 } }));
    expect(knee(jointStates(log, rules)).specialist?.painFree).toBe(0);
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
