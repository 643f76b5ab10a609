import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSource } from '../files/read.js';
import { validatedOnce } from '../files/validationCache.js';
import type { Dataset, DatasetSources } from './dataset.js';

/**
 * The dataset shipped with the package: `data/` in the package folder, found by walking
 * up from this module (it runs from `src/dataset/` in tests and from `dist/` when built).
 */
export const BUILT_IN_DATA_DIR = findDataDir(dirname(fileURLToPath(import.meta.url)));

function findDataDir(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'data', 'rules.yaml'))) return join(dir, 'data');
    if (dirname(dir) === dir) return join(from, 'data');
  }
}

/** Read, validate and cross-check the dataset in `dir`, with a runner's extra files on top. */
export async function readDataset(dir: string = BUILT_IN_DATA_DIR, extras: string[] = []): Promise<Dataset> {
  const sources: DatasetSources = {
    exercises: readSource(join(dir, 'exercises.yaml')),
    surfaces: readSource(join(dir, 'surfaces.yaml')),
    rules: readSource(join(dir, 'rules.yaml')),
    extras: extras.map((path) => readSource(path)),
  };
  const all = [sources.exercises, sources.surfaces, sources.rules, ...(sources.extras ?? [])];
  return validatedOnce(
    `dataset:${all.map((s) => s.file).join('|')}`,
    all.map((s) => s.text),
    async () => (await import('./dataset.js')).parseDataset(sources),
    async (value) => (await import('./dataset.js')).DatasetShape.safeParse(value).success,
  );
}
