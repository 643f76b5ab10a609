import { existsSync, renameSync } from 'node:fs';
import { readSource, displayPath } from '../dataset/read.js';
import { UserError } from '../errors.js';
import type { Profile } from '../schema/profile.js';
import { writeFileAtomic } from './atomicWrite.js';
import { validatedOnce } from './validationCache.js';

export interface SavedProfile {
  profile: Profile;
  /** The file's name for messages, and its text, to point at a line when a value is wrong. */
  file: string;
  text: string;
}

/** The saved profile, or undefined when there is none yet. A broken file is an error, never ignored. */
export async function readProfile(path: string): Promise<SavedProfile | undefined> {
  if (!existsSync(path)) return undefined;
  const { file, text } = readSource(path);
  const profile = await validatedOnce(`profile:${path}`, [text], async () => {
    const [{ parseYaml }, { Profile }] = await Promise.all([import('../dataset/yamlFile.js'), import('../schema/profile.js')]);
    return parseYaml(file, text, Profile).data;
  });
  return { profile, file, text };
}

export async function writeProfile(path: string, profile: Profile): Promise<void> {
  const { yamlText } = await import('./yamlText.js');
  const text = yamlText('durable profile: edit by hand or run `durable init` again.', profile);
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    throw new UserError(`cannot write the profile (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file: displayPath(path) });
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
