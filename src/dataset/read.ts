import { readFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import { parseDataset, type Dataset, type Source } from './dataset.js';

/** The dataset shipped with the package: `data/` beside `src/` and `dist/`. */
export const BUILT_IN_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** A path as a user would want to read it: relative when under the working directory. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Read a text file, turning the usual failures into a one-line UserError. */
export function readSource(path: string): Source {
  const file = displayPath(path);
  try {
    return { file, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? String(error)})`;
    throw new UserError(reason, { file });
  }
}

export function readDataset(dir: string = BUILT_IN_DATA_DIR, extras: string[] = []): Dataset {
  return parseDataset({
    exercises: readSource(join(dir, 'exercises.yaml')),
    surfaces: readSource(join(dir, 'surfaces.yaml')),
    rules: readSource(join(dir, 'rules.yaml')),
    extras: extras.map(readSource),
  });
}
