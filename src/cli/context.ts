import type { Dataset } from '../dataset/dataset.js';
import { readDataset, BUILT_IN_DATA_DIR } from '../dataset/read.js';
import type { Profile } from '../schema/profile.js';
import { storePaths, type StorePaths } from '../store/paths.js';
import { readProfile } from '../store/profileStore.js';
import { mergeProfile, type ProfileFlags } from './profileOptions.js';

/** Options every command accepts (declared on the program). */
export interface GlobalOptions {
  profile?: string;
  data?: string;
  extras?: string[];
  color?: boolean;
}

export interface Context {
  dataset: Dataset;
  paths: StorePaths;
  /** The profile to plan with: saved (or default), then flags on top. */
  profile: Profile;
  /** Whether a saved profile was found. */
  saved: boolean;
}

export function loadContext(global: GlobalOptions, flags: ProfileFlags = {}): Context {
  const dataset = readDataset(global.data ?? BUILT_IN_DATA_DIR, global.extras ?? []);
  const paths = storePaths(process.env, global.profile);
  const savedProfile = readProfile(paths.profile);
  return {
    dataset,
    paths,
    profile: mergeProfile(savedProfile ?? dataset.rules.defaultProfile, flags),
    saved: savedProfile !== undefined,
  };
}
