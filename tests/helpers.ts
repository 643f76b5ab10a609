import { DateTime } from 'luxon';
import { join } from 'node:path';
import { parseDataset, type Dataset } from '../src/dataset/dataset.js';
import { BUILT_IN_DATA_DIR } from '../src/dataset/read.js';
import { readSource } from '../src/files/read.js';
import type { Profile } from '../src/schema/profile.js';

let cached: Dataset | undefined;
/** The built-in dataset, read once per test file. */
export function builtIn(): Dataset {
  cached ??= parseDataset({
    exercises: readSource(join(BUILT_IN_DATA_DIR, 'exercises.yaml')),
    surfaces: readSource(join(BUILT_IN_DATA_DIR, 'surfaces.yaml')),
    rules: readSource(join(BUILT_IN_DATA_DIR, 'rules.yaml')),
  });
  return cached;
}

export function profile(overrides: Partial<Profile> = {}): Profile {
  return { ...builtIn().rules.defaultProfile, ...overrides };
}

/** A Monday. */
export const MONDAY = DateTime.fromISO('2026-11-23', { zone: 'Europe/Berlin' });
