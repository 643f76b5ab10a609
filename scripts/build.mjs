// Bundles the CLI into dist/ for a quick start:
// - dist/main.cjs: the commands and what they run on, one CommonJS bundle. bin/durable.js
//   compiles it with a V8 code cache kept in the cache folder, so a command does not
//   re-parse and re-compile it every time. Modules that only some commands need are in it
//   but run only when those commands import them.
// - dist/vendor/*.cjs: the libraries only some commands use (zod and yaml to validate a
//   changed file, the prompts, the calendar, the activity-file readers), each a bundle of
//   its own, loaded by the commands that use them.
// - dist/cacheFiles.cjs: the cache folder and its reads and writes, for bin/durable.js.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

// `npm install -g .` in a fresh clone runs this before the tools are installed: say what to do.
const esbuild = await import('esbuild').catch(() => undefined);
if (!esbuild) {
  console.error('durable: the build needs its tools; run `npm install` in this folder first, then `npm install -g .` again');
  process.exit(1);
}

const { VENDOR, vendorExternal, lazyChildProcess, lazySegmenter, common, checkLazyStringWidth } = await import('./bundling.mjs');
await checkLazyStringWidth();

/**
 * The built-in dataset, read and validated now (a broken one fails the build), as JSON to
 * embed, with the files' texts that src/dataset/read.ts compares them to.
 */
async function validatedDataset() {
  const file = (name) => JSON.stringify(resolve('data', name));
  const probe = resolve('node_modules', '.cache', 'durable-build', 'dataset.cjs');
  await esbuild.build({
    stdin: {
      contents: `import { parseDataset } from './src/dataset/dataset.ts';
        import { readSource } from './src/files/read.ts';
        const [exercises, surfaces, rules] = [${file('exercises.yaml')}, ${file('surfaces.yaml')}, ${file('rules.yaml')}].map((path) => readSource(path));
        export const dataset = parseDataset({ exercises, surfaces, rules });
        export const texts = [exercises.text, surfaces.text, rules.text];`,
      resolveDir: '.',
      loader: 'ts',
    },
    outfile: probe,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
  });
  try {
    const { dataset, texts } = createRequire(import.meta.url)(probe);
    return { json: JSON.stringify(dataset), texts };
  } catch (error) {
    console.error(`durable: the built-in dataset is not valid: ${error.describe?.() ?? error.message}`);
    process.exit(1);
  } finally {
    rmSync(probe, { force: true });
  }
}

/**
 * The build's id stands in the bundle as this placeholder until every file is written,
 * then becomes a hash of all of them: caches, the compiled code above all, are used only
 * by the very same files. (V8 checks a code cache against the source's length only.)
 */
const PLACEHOLDER = 'durable0build0id';
const DATASET = await validatedDataset();

rmSync('dist', { recursive: true, force: true });
await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/main.cjs',
    sourcemap: true,
    plugins: [vendorExternal, lazyChildProcess, lazySegmenter],
    define: {
      ...common.define,
      __DURABLE_BUILD__: JSON.stringify(PLACEHOLDER),
      __DURABLE_DATASET__: JSON.stringify(DATASET),
      __DURABLE_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
    },
    // The build's id on the first line: bin/durable.js keys the code cache by it.
    banner: { js: `/* durable build ${PLACEHOLDER} */\n${common.banner.js}` },
  }),
  esbuild.build({ ...common, entryPoints: ['src/files/cacheFiles.ts'], outfile: 'dist/cacheFiles.cjs' }),
  ...Object.entries(VENDOR).map(([name, { file, default: withDefault }]) =>
    esbuild.build({
      ...common,
      // Imported as Node imports CommonJS: the default export is the module itself, so it carries the named ones too.
      stdin: { contents: withDefault ? `const all = require('${name}'); module.exports = Object.assign(all.default, all);` : `export * from '${name}';`, resolveDir: '.', loader: 'js' },
      outfile: `dist/vendor/${file}.cjs`,
    }),
  ),
]);

const outputs = readdirSync('dist', { recursive: true }).map((f) => join('dist', String(f))).filter((f) => f.endsWith('.cjs')).sort();
const hash = createHash('sha256');
for (const file of outputs) hash.update(`\0${file}\0`).update(readFileSync(file));
const main = readFileSync('dist/main.cjs', 'utf8');
if (!main.startsWith(`/* durable build ${PLACEHOLDER} */`)) throw new Error('dist/main.cjs does not start with its build id');
writeFileSync('dist/main.cjs', main.replaceAll(PLACEHOLDER, hash.digest('hex').slice(0, PLACEHOLDER.length)));
