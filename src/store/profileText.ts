import { isDeepStrictEqual } from 'node:util';
import { parseDocument, stringify } from 'yaml';
import type { Profile } from '../schema/profile.js';

const HEADER = '# durable profile: edit by hand or run `durable init` again.\n';

/**
 * The profile's text: a new file under a comment line, or the runner's own file with
 * only the values that changed rewritten, its comments and layout kept.
 */
export function profileText(existing: string | undefined, profile: Profile): string {
  if (existing === undefined) return `${HEADER}${stringify(profile)}`;
  const doc = parseDocument(existing);
  const old = (doc.toJS() ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(profile)) {
    if (value === undefined) doc.delete(key);
    else if (!isDeepStrictEqual(old[key], value)) doc.set(key, value);
  }
  for (const key of Object.keys(old)) if (!(key in profile)) doc.delete(key);
  return doc.toString();
}
