import { existsSync } from 'node:fs';
import { stringify } from 'yaml';
import { readSource, displayPath } from '../dataset/read.js';
import { parseYaml } from '../dataset/yamlFile.js';
import { UserError } from '../errors.js';
import { Profile } from '../schema/profile.js';
import { writeFileAtomic } from './atomicWrite.js';

/** The saved profile, or undefined when there is none yet. A broken file is an error, never ignored. */
export function readProfile(path: string): Profile | undefined {
  if (!existsSync(path)) return undefined;
  const source = readSource(path);
  return parseYaml(source.file, source.text, Profile).data;
}

export function writeProfile(path: string, profile: Profile): void {
  const text = `# durable profile: edit by hand or run \`durable init\` again.\n${stringify(profile)}`;
  try {
    writeFileAtomic(path, text);
  } catch (error) {
    throw new UserError(`cannot write the profile (${(error as NodeJS.ErrnoException).code ?? String(error)})`, { file: displayPath(path) });
  }
}
