import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseDataset, type DatasetSources } from '../../src/dataset/dataset.js';
import { BUILT_IN_DATA_DIR } from '../../src/dataset/read.js';
import { UserError } from '../../src/errors.js';

const text = (name: string) => readFileSync(join(BUILT_IN_DATA_DIR, name), 'utf8');
const sources = (): DatasetSources => ({
  exercises: { file: 'exercises.yaml', text: text('exercises.yaml') },
  surfaces: { file: 'surfaces.yaml', text: text('surfaces.yaml') },
  rules: { file: 'rules.yaml', text: text('rules.yaml') },
});
const lineOf = (source: string, needle: string) => source.split('\n').findIndex((l) => l.includes(needle)) + 1;

/** The one-line message a broken dataset gives. */
function errorFor(change: (s: DatasetSources) => void): string {
  const s = sources();
  change(s);
  try {
    parseDataset(s);
  } catch (error) {
    if (error instanceof UserError) return error.describe();
    throw error;
  }
  throw new Error('the dataset was accepted');
}

test('the built-in dataset is valid and has the exercises from the coaching article', () => {
  const dataset = parseDataset(sources());
  const ids = dataset.exercises.map((e) => e.id);
  for (const id of ['single-leg-balance', 'foot-alphabet', 'lunges', 'step-ups', 'squats', 'balance-leg-swings']) expect(ids).toContain(id);
  expect(dataset.exercises.filter((e) => e.kind === 'strength').length).toBeGreaterThanOrEqual(10);
  const surfaceIds = dataset.surfaces.map((s) => s.id);
  for (const id of ['pavement', 'track', 'grass', 'dirt', 'trail', 'treadmill']) expect(surfaceIds).toContain(id);
});

describe('a broken dataset gives file, line and field', () => {
  test('a wrong type', () => {
    const message = errorFor((s) => (s.exercises.text = s.exercises.text.replace('{ sets: 3, holdSeconds: 30, per: leg }', '{ sets: three, holdSeconds: 30, per: leg }')));
    expect(message).toBe(`exercises.yaml:${lineOf(text('exercises.yaml'), 'sets: 3, holdSeconds: 30, per: leg')}: exercises[0].dose.sets: Invalid input: expected number, received string`);
  });

  test('a missing field points at its parent', () => {
    const message = errorFor((s) => (s.surfaces.text = s.surfaces.text.replace('    impact: 1\n', '')));
    expect(message).toBe(`surfaces.yaml:${lineOf(text('surfaces.yaml'), 'id: grass')}: surfaces[0].impact: Invalid input: expected number, received undefined`);
  });

  test('a misspelt key', () => {
    expect(errorFor((s) => (s.surfaces.text = s.surfaces.text.replace('    goodFor: Easy', '    goodfor: Easy')))).toMatch(
      /^surfaces\.yaml:\d+: surfaces\[0\]\.goodfor: unknown field "goodfor"; did you mean "goodFor"\?$/,
    );
  });

  test('a YAML syntax error', () => {
    expect(errorFor((s) => (s.rules.text = s.rules.text.replace('restDays: 1', 'restDays: [1')))).toMatch(/^rules\.yaml:\d+: YAML syntax error: /);
  });

  test('an unknown exercise named by a rule', () => {
    const message = errorFor((s) => (s.rules.text = s.rules.text.replace('mobility: [ankle-circles,', 'mobility: [ankle-circlez,')));
    expect(message).toBe(`rules.yaml:${lineOf(text('rules.yaml'), 'mobility: [ankle-circles,')}: recovery.mobility[0]: unknown exercise "ankle-circlez"`);
  });

  test('a gentler exercise that is unknown, or not gentle', () => {
    expect(errorFor((s) => (s.exercises.text = s.exercises.text.replace('gentler: wall-sit', 'gentler: wall-sitz')))).toBe(
      `exercises.yaml:${lineOf(text('exercises.yaml'), 'gentler: wall-sit')}: exercises[3].gentler: unknown exercise "wall-sitz"`,
    );
    expect(errorFor((s) => (s.exercises.text = s.exercises.text.replace('gentler: wall-sit', 'gentler: squats')))).toMatch(
      /^exercises\.yaml:\d+: exercises\[3\]\.gentler: "squats" must be a strength exercise marked gentle: true$/,
    );
  });

  test('a recovery exercise for a sore joint that does not work that joint', () => {
    expect(errorFor((s) => (s.rules.text = s.rules.text.replace('knee: wall-sit', 'knee: clamshells')))).toBe(
      `rules.yaml:${lineOf(text('rules.yaml'), 'knee: wall-sit')}: adaptation.recoveryExercises.knee: "clamshells" must be a gentle strength exercise for the knee that needs no equipment`,
    );
  });

  test('a load ratio that would act before the log covers its chronic window', () => {
    expect(errorFor((s) => (s.rules.text = s.rules.text.replace('minHistoryDays: 28', 'minHistoryDays: 21')))).toMatch(
      /^rules\.yaml:\d+: adaptation\.load\.minHistoryDays: minHistoryDays must cover the chronic window/,
    );
  });

  test('an unknown surface in the default profile', () => {
    expect(errorFor((s) => (s.rules.text = s.rules.text.replace('surfaces: [pavement,', 'surfaces: [tarmac,')))).toMatch(
      /rules\.yaml:\d+: defaultProfile\.surfaces\[0\]: unknown surface "tarmac"/,
    );
  });

  test('unknown equipment on a progression level', () => {
    expect(errorFor((s) => (s.exercises.text = s.exercises.text.replace('equipment: [wobble-board]', 'equipment: [bosu]')))).toMatch(
      /exercises\.yaml:\d+: exercises\[0\]\.levels\[2\]\.equipment\[0\]: unknown equipment "bosu"/,
    );
  });

  test('a duplicate id', () => {
    expect(errorFor((s) => (s.surfaces.text = s.surfaces.text.replace('id: concrete', 'id: grass')))).toMatch(/surfaces\.yaml:\d+: surfaces\[6\]\.id: duplicate id "grass"/);
  });

  test('a run-walk rung that grows faster than the cap', () => {
    expect(errorFor((s) => (s.rules.text = s.rules.text.replace('runSeconds: 90, walkSeconds: 90, repeats: 7', 'runSeconds: 90, walkSeconds: 90, repeats: 10')))).toMatch(
      /rules\.yaml:\d+: levels\.beginner\.runWalk\[1\]: this rung grows time on feet by more than growthCap/,
    );
  });

  test('planned growth above the cap', () => {
    expect(errorFor((s) => (s.rules.text = s.rules.text.replace('weeklyGrowth: 0.08', 'weeklyGrowth: 0.2')))).toMatch(
      /rules\.yaml:\d+: volume\.weeklyGrowth: weeklyGrowth must not exceed growthCap/,
    );
  });

  test('an empty file', () => {
    expect(errorFor((s) => (s.surfaces.text = '\n'))).toBe('surfaces.yaml: the file is empty');
  });
});

describe("a runner's extra file", () => {
  test('adds exercises and surfaces', () => {
    const dataset = parseDataset({
      ...sources(),
      extras: [{ file: 'mine.yaml', text: 'surfaces:\n  - id: sand\n    name: Beach sand\n    impact: 1\n    uneven: true\n    goodFor: Short easy runs\n' }],
    });
    expect(dataset.surfaces.map((s) => s.id)).toContain('sand');
  });

  test('may not reuse a built-in id', () => {
    expect(
      errorFor((s) => (s.extras = [{ file: 'mine.yaml', text: 'surfaces:\n  - id: grass\n    name: Grass\n    impact: 1\n    uneven: true\n    goodFor: x\n' }])),
    ).toBe('mine.yaml:2: surfaces[0].id: duplicate id "grass"');
  });
});
