import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import { UserError } from '../errors.js';

/** A file's name (as it should appear in messages) and its text. */
export interface Source {
  file: string;
  text: string;
}

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

