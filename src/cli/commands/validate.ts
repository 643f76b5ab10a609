import { resolve } from 'node:path';
import { BUILT_IN_DATA_DIR, readDataset } from '../../dataset/read.js';
import { displayPath } from '../../files/read.js';
import type { GlobalOptions } from '../context.js';
import { print } from '../io.js';

/** Check the dataset, with the runner's extra files on top; the first problem is thrown. */
export async function runValidate(files: string[], global: GlobalOptions): Promise<void> {
  const dir = global.data ?? BUILT_IN_DATA_DIR;
  const dataset = await readDataset(dir, [...(global.extras ?? []), ...files]);
  const checked = files.length ? files.map((f) => displayPath(resolve(f))) : ['exercises.yaml', 'surfaces.yaml', 'rules.yaml'].map((f) => displayPath(resolve(dir, f)));
  // A line a file: paths can be long, and a line each is easy to read and to grep.
  for (const file of checked) print(`ok: ${file}`);
  print(`${dataset.exercises.length} exercises, ${dataset.surfaces.length} surfaces, ${dataset.equipment.length} kinds of equipment`);
}
