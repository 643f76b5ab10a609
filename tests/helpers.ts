import { DateTime } from 'luxon';
import { readDataset } from '../src/dataset/read.js';
import type { Dataset } from '../src/dataset/dataset.js';
import type { Profile } from '../src/schema/profile.js';

let cached: Dataset | undefined;
/** The built-in dataset, read once per test file. */
export function builtIn(): Dataset {
  cached ??= readDataset();
  return cached;
}

export function profile(overrides: Partial<Profile> = {}): Profile {
  return { ...builtIn().rules.defaultProfile, ...overrides };
}

/** A Monday. */
export const MONDAY = DateTime.fromISO('2026-11-23', { zone: 'Europe/Berlin' });
