import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Dataset } from '../dataset/dataset.js';
import { displayPath, linkTarget } from '../files/read.js';
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
    const { lineIn } = await import('../files/yamlFile.js');
    const field = error.where.field;
    throw new UserError(error.message, { file: saved.file, line: lineIn(saved.text, [field]), field });
  }
}

/**
 * An explicit `--profile` must name a profile file: a missing one (unless `init` is
 * about to create it), an empty path or a folder is an error, never a silent fall-back
 * to the saved profile.
 */
function checkProfileOption(path: string | undefined, creating: boolean): string | undefined {
  if (path === undefined) return undefined;
  if (path.trim() === '') throw new UserError('--profile: expected the path of a profile file, got an empty one');
  const full = resolve(path);
  const file = displayPath(full);
  let target: string | undefined;
  try {
    target = linkTarget(full);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(error.message, { ...error.where, field: undefined });
    throw error;
  }
  if (target === undefined || /[/\\]$/.test(path)) {
    const parent = statIfAny(dirname(full));
    if (/[/\\]$/.test(path) || statIfAny(full)?.isDirectory()) throw new UserError('--profile names a folder; give the path of a profile file', { file });
    if (!creating) throw new UserError('--profile: file not found; check the path, or create it with `durable init --profile <file>`', { file });
    if (!parent?.isDirectory()) throw new UserError('--profile: the folder for this file does not exist', { file });
    return full;
  }
  if (statIfAny(target)?.isDirectory()) throw new UserError('--profile names a folder; give the path of a profile file', { file });
  return full;
}

function statIfAny(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** Where the runner's files are, `--profile` checked (`creating`: `init` may create it). */
export const contextPaths = (global: GlobalOptions, { creating = false } = {}): StorePaths => storePaths(process.env, checkProfileOption(global.profile, creating));

/** The saved profile, checked against the dataset; undefined if there is none, a UserError if it is broken. */
export async function savedProfile(path: string, dataset: Dataset): Promise<SavedProfile | undefined> {
  const saved = await readProfile(path);
  if (saved) await checkSaved(saved, dataset);
  return saved;
}

export const loadDataset = (global: GlobalOptions): Promise<Dataset> => readDataset(global.data ?? BUILT_IN_DATA_DIR, global.extras ?? []);

export async function loadContext(global: GlobalOptions, flags: ProfileFlags = {}, { creating = false } = {}): Promise<Context> {
  const paths = contextPaths(global, { creating });
  const [dataset, saved] = await Promise.all([loadDataset(global), readProfile(paths.profile)]);
  if (saved) await checkSaved(saved, dataset);
  return {
    dataset,
    paths,
    profile: mergeProfile(saved?.profile ?? dataset.rules.defaultProfile, flags),
    saved: saved !== undefined,
    ...(saved ? { savedProfile: saved.profile } : {}),
  };
}
