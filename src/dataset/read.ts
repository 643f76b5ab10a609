import { existsSync, statSync } from 'node:fs';
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

// Set by the build: the built-in dataset, validated when the CLI was built, as JSON.
declare const __DURABLE_DATASET__: string | undefined;
const BUILT = typeof __DURABLE_DATASET__ === 'string' ? __DURABLE_DATASET__ : undefined;
const FILES = ['exercises.yaml', 'surfaces.yaml', 'rules.yaml'];

/**
 * The dataset the build validated, unless a file in `dir` was changed since the build
 * (newer than the bundle itself): then it is read and validated again.
 */
function builtDataset(dir: string): Dataset | undefined {
  if (BUILT === undefined || dir !== BUILT_IN_DATA_DIR) return undefined;
  try {
    const built = statSync(fileURLToPath(import.meta.url)).mtimeMs;
    if (FILES.some((file) => statSync(join(dir, file)).mtimeMs > built)) return undefined;
  } catch {
    return undefined;
  }
  return JSON.parse(BUILT) as Dataset;
}

/** Read, validate and cross-check the dataset in `dir`, with a runner's extra files on top. */
export async function readDataset(dir: string = BUILT_IN_DATA_DIR, extras: string[] = []): Promise<Dataset> {
  const built = extras.length ? undefined : builtDataset(dir);
  if (built) return built;
  const sources: DatasetSources = {
    exercises: readSource(join(dir, FILES[0]!)),
    surfaces: readSource(join(dir, FILES[1]!)),
    rules: readSource(join(dir, FILES[2]!)),
    extras: extras.map((path) => readSource(path)),
  };
  const all = [sources.exercises, sources.surfaces, sources.rules, ...(sources.extras ?? [])];
  return validatedOnce(
    `dataset:${all.map((s) => s.file).join('|')}`,
    all.map((s) => s.text),
    async () => (await import('./dataset.js')).parseDataset(sources),
  );
}
