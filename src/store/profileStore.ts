import { existsSync, renameSync } from 'node:fs';
import { UserError } from '../errors.js';
import type { Profile } from '../schema/profile.js';
import { writeFileAtomic } from '../files/atomicWrite.js';
import { describeFileError, displayPath, MAX_FILE_BYTES, readSourceIfAny } from '../files/read.js';
import { validatedOnce } from '../files/validationCache.js';

export interface SavedProfile {
  profile: Profile;
  /** The file's name for messages, and its text, to point at a line when a value is wrong. */
  file: string;
  text: string;
}

/** The saved profile, or undefined when there is none yet. A broken file is an error, never ignored. */
export async function readProfile(path: string): Promise<SavedProfile | undefined> {
  const source = readSourceIfAny(path, MAX_FILE_BYTES.profile);
  if (!source) return undefined;
  const { file, text } = source;
  const profile = await validatedOnce(
    `profile:${path}`,
    [text],
    async () => {
      const [{ parseYaml }, { Profile }] = await Promise.all([import('../files/yamlFile.js'), import('../schema/profile.js')]);
      return parseYaml(file, text, Profile).data;
    },
  );
  return { profile, file, text };
}

/**
 * Save the profile. An existing file is edited in place: values that did not change keep
 * their text, and the runner's comments stay. A new file is created readable by its owner only.
 */
export async function writeProfile(path: string, profile: Profile): Promise<void> {
  const { profileText } = await import('./profileText.js');
  const existing = readSourceIfAny(path, MAX_FILE_BYTES.profile);
  const text = profileText(existing?.text, profile);
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    if (error instanceof UserError) throw new UserError(`${error.message}; the profile was not changed`, error.where);
    throw new UserError(`cannot write the profile: ${describeFileError(error)}; the profile was not changed`, { file: displayPath(path) });
  }
}

/**
 * Move a profile that cannot be read aside, byte for byte, as `profile.yaml.broken`
 * (or `.broken-2`, `-3`… when that exists), so that a new one can be saved. Returns the new path.
 */
export function setProfileAside(path: string): string {
  let aside = `${path}.broken`;
  for (let n = 2; existsSync(aside); n++) aside = `${path}.broken-${n}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    throw new UserError(`cannot move the broken profile aside (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file: displayPath(path) });
  }
  return aside;
}
