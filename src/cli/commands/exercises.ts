import type { Joint } from '../../schema/common.js';
import { loadContext, type GlobalOptions } from '../context.js';
import { print, printJson } from '../io.js';
import { renderExercises } from '../render/catalogue.js';
import { dim } from '../render/style.js';
import { outputColumns } from '../render/width.js';

export interface ExercisesOptions {
  joint?: Joint;
  kind?: 'strength' | 'mobility';
  json?: boolean;
}

export async function runExercises(options: ExercisesOptions, global: GlobalOptions): Promise<void> {
  const { dataset } = await loadContext(global);
  const exercises = dataset.exercises.filter(
    (e) => (!options.joint || e.joints.includes(options.joint)) && (!options.kind || e.kind === options.kind),
  );
  if (options.json) {
    printJson({ exercises });
    return;
  }
  print(renderExercises(exercises, dataset, outputColumns()));
  print(dim(`${exercises.length} exercise${exercises.length === 1 ? '' : 's'}${options.joint ? ` for the ${options.joint}` : ''}`));
}
