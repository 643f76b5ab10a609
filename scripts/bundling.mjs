// What every bundle of durable is built with: shared by scripts/build.mjs and the
// hello-world peer in scripts/bench.mjs, which must be built the same way.
import { readFile } from 'node:fs/promises';
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Libraries only some commands load, each bundled on its own as dist/vendor/<name>.cjs; `default` when imported so. */
export const VENDOR = {
  zod: { file: 'zod', default: false },
  yaml: { file: 'yaml', default: false },
  '@inquirer/prompts': { file: 'prompts', default: false },
  '@inquirer/search': { file: 'search', default: true },
  'ical-generator': { file: 'ical-generator', default: true },
  'fit-file-parser': { file: 'fit-file-parser', default: true },
  '@xmldom/xmldom': { file: 'xmldom', default: false },
  'string-width': { file: 'string-width', default: true },
};

export const LAZY_STRING_WIDTH = fileURLToPath(new URL('./lazyStringWidth.js', import.meta.url));

/**
 * In the main bundle, a vendor library is a require() of its own file, run when first
 * imported. string-width is measured by scripts/lazyStringWidth.js, which loads the real
 * one only for text it cannot measure itself (cli-table3 keeps its own older copy).
 */
export const vendorExternal = {
  name: 'vendor-external',
  setup(build) {
    const names = Object.keys(VENDOR).map((n) => n.replace(/[/@]/g, '\\$&'));
    build.onResolve({ filter: new RegExp(`^(${names.join('|')})$`) }, (args) => {
      if (args.path === 'string-width' && args.importer !== LAZY_STRING_WIDTH) {
        return args.importer.includes(`${sep}cli-table3${sep}`) ? undefined : { path: LAZY_STRING_WIDTH };
      }
      return { path: `./vendor/${VENDOR[args.path].file}.cjs`, external: true };
    });
  },
};

/** `source` with each of `edits` ([before, after]) made once; the build fails when a dependency no longer reads as expected. */
function edited(file, source, edits) {
  for (const [before, after] of edits) {
    if (!source.includes(before)) throw new Error(`${file}: expected "${before}"; update scripts/build.mjs for this version`);
    source = source.replace(before, after);
  }
  return source;
}

/**
 * Commander loads node:child_process (and with it net and streams) when it starts, for
 * subcommands that are programs of their own, which durable has none of: it is loaded
 * when first used instead.
 */
export const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, async (args) => ({
      contents: edited(args.path, await readFile(args.path, 'utf8'), [
        ["const childProcess = require('node:child_process');", "const childProcess = { get spawn() { return require('node:child_process').spawn; } };"],
      ]),
      loader: 'js',
    }));
  },
};

/**
 * wrap-ansi makes a grapheme segmenter when it starts, which costs as much as drawing a
 * week (the first Intl object loads ICU's data), and uses it for any text that is not
 * printable ASCII. Text of characters that are each one column and their own grapheme
 * (lazyStringWidth.js's ONE_COLUMN: "•", "–", "·", box drawing…) takes ASCII's quick
 * path instead, and the segmenter is made when other text first needs it.
 */
export const lazySegmenter = {
  name: 'lazy-segmenter',
  setup(build) {
    build.onLoad({ filter: /[\\/]wrap-ansi[\\/]index\.js$/ }, async (args) => ({
      contents: edited(args.path, await readFile(args.path, 'utf8'), [
        ['const segmenter = new Intl.Segmenter();', 'let segmenterMade;\nconst segmenter = { segment: (text) => (segmenterMade ??= new Intl.Segmenter()).segment(text) };'],
        ['const ASCII_PRINTABLE_REGEX = /^[ -~]*$/;', `import { NARROW as ASCII_PRINTABLE_REGEX } from ${JSON.stringify(LAZY_STRING_WIDTH)};`],
      ]),
      loader: 'js',
    }));
  },
};

/**
 * What lazyStringWidth.js measures itself must be what string-width says, character by
 * character, and the same characters as the tables' own quick path (NARROW in text.ts).
 */
export async function checkLazyStringWidth() {
  const { default: stringWidth } = await import('string-width');
  const { ONE_COLUMN, NARROW } = await import('./lazyStringWidth.js');
  const source = await readFile(new URL('../src/cli/render/text.ts', import.meta.url), 'utf8');
  const tables = new RegExp(/export const NARROW = \/(.+)\/;/.exec(source)?.[1] ?? '(?!)');
  for (let code = 0; code <= 0xffff; code++) {
    const character = String.fromCharCode(code);
    if (NARROW.test(character) !== tables.test(character)) throw new Error(`lazyStringWidth.js and src/cli/render/text.ts disagree on U+${code.toString(16)}: keep their lists of one-column characters the same`);
  }
  for (const [first, last] of ONE_COLUMN) {
    for (let code = first; code <= last; code++) {
      const character = String.fromCodePoint(code);
      if (stringWidth(character) !== 1 || stringWidth(character, { countAnsiEscapeCodes: true }) !== 1) {
        throw new Error(`lazyStringWidth.js: string-width counts U+${code.toString(16)} as ${stringWidth(character)} columns, not 1`);
      }
    }
  }
}

export const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  logLevel: 'warning',
  // import() becomes require(): the bundle runs in a vm.Script, which has no module loader.
  supported: { 'dynamic-import': false },
  // A CommonJS bundle has no import.meta: its file's URL stands in for it.
  define: { 'import.meta.url': '__durableModuleUrl' },
  banner: { js: '"use strict";var __durableModuleUrl = require("node:url").pathToFileURL(__filename).href;' },
};

