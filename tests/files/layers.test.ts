// The layers of CONVENTIONS.md: arrows point one way. A file that imports against them
// would, for example, let the planner start reading the runner's files on its own.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

/** Every file under src/ with the src/ folders it imports from (static or dynamic). */
function imports(): { file: string; from: string[] }[] {
  return readdirSync(SRC, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((file) => {
      const text = readFileSync(join(SRC, file), 'utf8');
      const specs = [...text.matchAll(/(?:from|import\()\s*'(\.[^']+)'/g)].map((m) => m[1]!);
      const from = specs.map((s) => relative(SRC, resolve(join(SRC, file, '..'), s)).split('/')[0]!);
      return { file, from };
    });
}

test.each([
  ['files', ['files', 'errors.js']],
  ['schema', ['schema']],
  ['dataset', ['dataset', 'files', 'schema', 'errors.js']],
  ['store', ['store', 'files', 'schema', 'errors.js']],
])('%s/ imports only from the layers below it', (layer, allowed) => {
  const wrong = imports()
    .filter((i) => i.file.startsWith(`${layer}/`))
    .flatMap((i) => i.from.filter((f) => !allowed.includes(f)).map((f) => `${i.file} -> ${f}`));
  expect(wrong).toEqual([]);
});

test('the engine never reads files, the clock or the command line', () => {
  const wrong = imports()
    .filter((i) => i.file.startsWith('engine/'))
    .flatMap((i) => i.from.filter((f) => ['cli', 'store', 'files'].includes(f)).map((f) => `${i.file} -> ${f}`));
  expect(wrong).toEqual([]);
});
