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

// Set by the build: the built-in dataset, validated when the CLI was built, as JSON, and
// the texts of the files it was read from.
declare const __DURABLE_DATASET__: { json: string; texts: string[] } | undefined;
const BUILT = typeof __DURABLE_DATASET__ === 'object' ? __DURABLE_DATASET__ : undefined;
const FILES = ['exercises.yaml', 'surfaces.yaml', 'rules.yaml'] as const;

/** Read, validate and cross-check the dataset in `dir`, with a runner's extra files on top. */
export async function readDataset(dir: string = BUILT_IN_DATA_DIR, extras: string[] = []): Promise<Dataset> {
  const [exercises, surfaces, rules] = FILES.map((file) => readSource(join(dir, file)));
  // The very texts the build validated: the dataset it embedded is theirs. Any other text, even one character, is validated here.
  if (BUILT && dir === BUILT_IN_DATA_DIR && !extras.length && !process.env.DURABLE_NO_CACHE) {
    if ([exercises!.text, surfaces!.text, rules!.text].every((text, i) => text === BUILT.texts[i])) return JSON.parse(BUILT.json) as Dataset;
  }
  const sources: DatasetSources = {
    exercises: exercises!,
    surfaces: surfaces!,
    rules: rules!,
    extras: extras.map((path) => readSource(path)),
  };
  const all = [sources.exercises, sources.surfaces, sources.rules, ...(sources.extras ?? [])];
  return validatedOnce(
    `dataset:${all.map((s) => s.file).join('|')}`,
    all.map((s) => s.text),
    async () => (await import('./dataset.js')).parseDataset(sources),
  );
}
