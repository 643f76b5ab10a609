import { z } from 'zod';
import { JOINTS } from '../schema/constants.js';
import { Equipment, Exercise, ExercisesFile } from '../schema/exercises.js';
import { Rules } from '../schema/rules.js';
import { Surface, SurfacesFile } from '../schema/surfaces.js';
import { UserError } from '../errors.js';
import type { Source } from '../files/read.js';
import { formatPath, parseYaml, type Path, type YamlFile } from '../files/yamlFile.js';

export type { Source };

/** The coaching knowledge the planner works from. */
export interface Dataset {
  exercises: Exercise[];
  equipment: Equipment[];
  surfaces: Surface[];
  rules: Rules;
}

export interface DatasetSources {
  exercises: Source;
  surfaces: Source;
  rules: Source;
  /** Runners' own files of extra exercises, equipment or surfaces. */
  extras?: Source[];
}

/** A runner's file of additions to the built-in dataset. */
export const ExtrasFile = z
  .strictObject({
    equipment: z.array(Equipment).optional(),
    exercises: z.array(Exercise).optional(),
    surfaces: z.array(Surface).optional(),
  })
  .refine((f) => f.equipment ?? f.exercises ?? f.surfaces, {
    message: 'expected at least one of equipment, exercises or surfaces',
  });

function fail(file: YamlFile<unknown>, path: Path, message: string): never {
  throw new UserError(message, { file: file.file, line: file.lineOf(path), field: formatPath(path) });
}

/** Every id that appears once in `seen` and again in `items` is an error at the second place. */
function checkUnique(file: YamlFile<unknown>, section: string, items: { id: string }[], seen: Set<string>) {
  items.forEach((item, i) => {
    if (seen.has(item.id)) fail(file, [section, i, 'id'], `duplicate id "${item.id}"`);
    seen.add(item.id);
  });
}

function checkKnown(file: YamlFile<unknown>, path: Path, ids: readonly string[] | undefined, known: Set<string>, what: string) {
  ids?.forEach((id, i) => {
    if (!known.has(id)) fail(file, [...path, i], `unknown ${what} "${id}"`);
  });
}

function checkExercises(file: YamlFile<unknown>, exercises: Exercise[], equipment: Set<string>) {
  exercises.forEach((exercise, i) => {
    checkKnown(file, ['exercises', i, 'equipment'], exercise.equipment, equipment, 'equipment');
    exercise.levels.forEach((level, j) =>
      checkKnown(file, ['exercises', i, 'levels', j, 'equipment'], level.equipment, equipment, 'equipment'),
    );
  });
}

/** A `gentler` exercise must be a gentle strength exercise that works a joint of the one it replaces. */
function checkGentler(file: YamlFile<unknown>, exercises: Exercise[], all: readonly Exercise[]) {
  exercises.forEach((exercise, i) => {
    if (exercise.gentler === undefined) return;
    const target = all.find((e) => e.id === exercise.gentler);
    if (!target) fail(file, ['exercises', i, 'gentler'], `unknown exercise "${exercise.gentler}"`);
    if (target.kind !== 'strength' || !target.gentle) fail(file, ['exercises', i, 'gentler'], `"${target.id}" must be a strength exercise marked gentle: true`);
    if (!target.joints.some((j) => exercise.joints.includes(j))) fail(file, ['exercises', i, 'gentler'], `"${target.id}" works none of the joints of "${exercise.id}"`);
  });
}

function checkRules(file: YamlFile<Rules>, dataset: Dataset) {
  const { rules } = dataset;
  const exerciseIds = new Set(dataset.exercises.map((e) => e.id));
  for (const part of ['warmup', 'cooldown'] as const) {
    for (const level of ['beginner', 'intermediate', 'advanced'] as const) {
      checkKnown(file, [part, level, 'drills'], rules[part][level].drills, exerciseIds, 'exercise');
    }
  }
  checkKnown(file, ['recovery', 'mobility'], rules.recovery.mobility, exerciseIds, 'exercise');
  for (const joint of JOINTS) {
    const id = rules.adaptation.recoveryExercises[joint];
    const exercise = dataset.exercises.find((e) => e.id === id);
    const path = ['adaptation', 'recoveryExercises', joint];
    if (!exercise) fail(file, path, `unknown exercise "${id}"`);
    if (exercise.kind !== 'strength' || !exercise.gentle || !exercise.joints.includes(joint) || exercise.equipment?.length || exercise.levels[0]!.equipment?.length) {
      fail(file, path, `"${id}" must be a gentle strength exercise for the ${joint} that needs no equipment`);
    }
  }
  checkKnown(file, ['defaultProfile', 'surfaces'], rules.defaultProfile.surfaces, new Set(dataset.surfaces.map((s) => s.id)), 'surface');
  checkKnown(file, ['defaultProfile', 'equipment'], rules.defaultProfile.equipment, new Set(dataset.equipment.map((e) => e.id)), 'equipment');

  // The ladder is the beginner's volume: each rung must respect the growth cap.
  const ladder = rules.levels.beginner.runWalk;
  const seconds = (i: number) => ladder[i]!.repeats * (ladder[i]!.runSeconds + ladder[i]!.walkSeconds);
  for (let i = 0; i < ladder.length; i++) {
    if (seconds(i) % 60 !== 0) fail(file, ['levels', 'beginner', 'runWalk', i], 'a rung must last whole minutes');
    if (i === 0) continue;
    if (seconds(i) > seconds(i - 1) * (1 + rules.volume.growthCap)) {
      fail(file, ['levels', 'beginner', 'runWalk', i], `this rung grows time on feet by more than growthCap (${rules.volume.growthCap * 100} %)`);
    }
    if (ladder[i]!.runSeconds > 2 * ladder[i - 1]!.runSeconds) {
      fail(file, ['levels', 'beginner', 'runWalk', i], 'this rung more than doubles the longest running bout');
    }
  }
  const qualityKinds = Object.keys(rules.qualitySessions);
  for (const level of ['intermediate', 'advanced'] as const) {
    checkKnown(file, ['levels', level, 'quality', 'kinds'], rules.levels[level].quality.kinds, new Set(qualityKinds), 'quality session');
  }
  const surfaceIds = new Set(dataset.surfaces.map((s) => s.id));
  for (const [id, session] of Object.entries(rules.qualitySessions)) {
    checkKnown(file, ['qualitySessions', id, 'surfaces'], session.surfaces, surfaceIds, 'surface');
    if (session.rep && (session.rep.hardSeconds + session.rep.easySeconds) % 60 !== 0) {
      fail(file, ['qualitySessions', id, 'rep'], 'a repeat (hard + easy) must last whole minutes');
    }
  }

  const free = dataset.exercises.filter((e) => e.kind === 'strength' && !e.equipment?.length && !e.levels[0]!.equipment?.length);
  for (const joint of JOINTS) {
    if (!free.some((e) => e.joints.includes(joint))) {
      throw new UserError(`no strength exercise for the ${joint} that needs no equipment; every runner needs one`, {
        file: dataset.exercises.length ? undefined : file.file,
      });
    }
  }
}

/** Parse, validate and cross-check the dataset files. Pure: the caller reads the files. */
export function parseDataset(sources: DatasetSources): Dataset {
  const exercisesFile = parseYaml(sources.exercises.file, sources.exercises.text, ExercisesFile);
  const surfacesFile = parseYaml(sources.surfaces.file, sources.surfaces.text, SurfacesFile);
  const rulesFile = parseYaml(sources.rules.file, sources.rules.text, Rules);

  const equipmentIds = new Set<string>();
  const exerciseIds = new Set<string>();
  const surfaceIds = new Set<string>();
  checkUnique(exercisesFile, 'equipment', exercisesFile.data.equipment, equipmentIds);
  checkUnique(exercisesFile, 'exercises', exercisesFile.data.exercises, exerciseIds);
  checkUnique(surfacesFile, 'surfaces', surfacesFile.data.surfaces, surfaceIds);

  const dataset: Dataset = {
    exercises: [...exercisesFile.data.exercises],
    equipment: [...exercisesFile.data.equipment],
    surfaces: [...surfacesFile.data.surfaces],
    rules: rulesFile.data,
  };

  for (const extra of sources.extras ?? []) {
    const extrasFile = parseYaml(extra.file, extra.text, ExtrasFile);
    const { equipment = [], exercises = [], surfaces = [] } = extrasFile.data;
    checkUnique(extrasFile, 'equipment', equipment, equipmentIds);
    checkUnique(extrasFile, 'exercises', exercises, exerciseIds);
    checkUnique(extrasFile, 'surfaces', surfaces, surfaceIds);
    checkExercises(extrasFile, exercises, equipmentIds);
    dataset.equipment.push(...equipment);
    dataset.exercises.push(...exercises);
    checkGentler(extrasFile, exercises, dataset.exercises);
    dataset.surfaces.push(...surfaces);
  }

  checkExercises(exercisesFile, exercisesFile.data.exercises, equipmentIds);
  checkGentler(exercisesFile, exercisesFile.data.exercises, dataset.exercises);
  checkRules(rulesFile, dataset);
  return dataset;
}
