import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { UserError } from '../errors.js';

export type Path = readonly (string | number)[];

/** A parsed and validated YAML file that can still say where a value stands in it. */
export interface YamlFile<T> {
  file: string;
  data: T;
  /** The 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: Path): number | undefined;
}

/** `exercises[3].dose.sets` */
export function formatPath(path: Path): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}

function lineFinder(doc: Document, lines: LineCounter) {
  return (path: Path): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node: unknown = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
}

/**
 * Parse YAML text and check it against a zod schema. Any problem becomes a UserError
 * naming the file, the line and the field path, never a stack trace.
 */
export function parseYaml<S extends z.ZodType>(file: string, text: string, schema: S): YamlFile<z.infer<S>> {
  if (text.includes('\u0000')) throw new UserError('not a text file (it contains NUL bytes)', { file });
  if (text.trim() === '') throw new UserError('the file is empty', { file });
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = syntax.linePos?.[0].line;
    const message = syntax.message.split('\n')[0] ?? 'invalid YAML';
    throw new UserError(`YAML syntax error: ${message.replace(/ at line \d+, column \d+:?$/, '')}`, { file, line });
  }
  const lineOf = lineFinder(doc, lines);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new UserError('too many YAML aliases (*name) expand here; write the values out instead', { file });
    }
    throw error;
  }
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues;
    // A misspelt key shows up as an unknown key and a missing one: the unknown one says more.
    const unknown = issues.find((i) => i.code === 'unrecognized_keys');
    if (unknown?.code === 'unrecognized_keys') {
      const key = unknown.keys[0]!;
      const path = [...(unknown.path as Path), key];
      const missing = issues.find((i) => i.path.length === path.length && String(i.path.at(-1)).toLowerCase() === key.toLowerCase());
      const hint = missing ? `; did you mean "${String(missing.path.at(-1))}"?` : '';
      throw new UserError(`unknown field "${key}"${hint}`, { file, line: lineOf(path), field: formatPath(path) });
    }
    const issue = issues[0]!;
    throw new UserError(issue.message, {
      file,
      line: lineOf(issue.path as Path),
      field: formatPath(issue.path as Path) || undefined,
    });
  }
  return { file, data: result.data, lineOf };
}

/** The line of the value at `path` in YAML text, for errors found after validation. */
export function lineIn(text: string, path: Path): number | undefined {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  return lineFinder(doc, lines)(path);
}
