import type { Dataset } from '../dataset/dataset.js';
import { readDataset, BUILT_IN_DATA_DIR } from '../dataset/read.js';
import { checkProfile } from '../engine/checkProfile.js';
import { UserError } from '../errors.js';
import type { Profile } from '../schema/profile.js';
import { storePaths, type StorePaths } from '../store/paths.js';
import { readProfile, type SavedProfile } from '../store/profileStore.js';
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
  /** The saved profile as it is, without the flags. */
  savedProfile?: Profile;
}

/** A saved profile that names something the dataset does not know is reported at its line. */
async function checkSaved(saved: SavedProfile, dataset: Dataset): Promise<void> {
  try {
    checkProfile(saved.profile, dataset);
  } catch (error) {
    if (!(error instanceof UserError) || !error.where.field) throw error;
    const { lineIn } = await import('../dataset/yamlFile.js');
    const field = error.where.field;
    throw new UserError(error.message, { file: saved.file, line: lineIn(saved.text, [field]), field });
  }
}

export async function loadContext(global: GlobalOptions, flags: ProfileFlags = {}): Promise<Context> {
  const paths = storePaths(process.env, global.profile);
  const [dataset, saved] = await Promise.all([readDataset(global.data ?? BUILT_IN_DATA_DIR, global.extras ?? []), readProfile(paths.profile)]);
  if (saved) await checkSaved(saved, dataset);
  return {
    dataset,
    paths,
    profile: mergeProfile(saved?.profile ?? dataset.rules.defaultProfile, flags),
    saved: saved !== undefined,
    ...(saved ? { savedProfile: saved.profile } : {}),
  };
}
