// Bundles the CLI into dist/ for a quick start:
// - dist/main.cjs: the commands and what they run on, one CommonJS bundle. bin/durable.js
//   compiles it with a V8 code cache kept in the cache folder, so a command does not
//   re-parse and re-compile it every time. Modules that only some commands need are in it
//   but run only when those commands import them.
// - dist/vendor/*.cjs: the libraries only some commands use (zod and yaml to validate a
//   changed file, the prompts, the calendar, the activity-file readers), each a bundle of
//   its own, loaded by the commands that use them.
// - dist/cacheFolder.cjs: where the cache folder is, for bin/durable.js.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/**
 * A hash of everything the bundle is made from (the code, the build scripts, the locked
 * dependencies and the dataset): caches from another build, the compiled code above all,
 * are never used.
 */
function buildId(dataset) {
  const hash = createHash('sha256');
  const files = ['src', 'scripts'].flatMap((dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f)))).filter((f) => /\.(ts|m?js)$/.test(f)).sort();
  for (const file of files) hash.update(file).update(readFileSync(file));
  hash.update(readFileSync('package-lock.json')).update(dataset);
  return hash.digest('hex').slice(0, 16);
}

// `npm install -g .` in a fresh clone runs this before the tools are installed: say what to do.
const esbuild = await import('esbuild').catch(() => undefined);
if (!esbuild) {
  console.error('durable: the build needs its tools; run `npm install` in this folder first, then `npm install -g .` again');
  process.exit(1);
}

const { VENDOR, vendorExternal, lazyChildProcess, lazySegmenter, common, checkLazyStringWidth } = await import('./bundling.mjs');
await checkLazyStringWidth();

/** The built-in dataset, read and validated now (a broken one fails the build), as JSON to embed. */
async function validatedDataset() {
  const file = (name) => JSON.stringify(resolve('data', name));
  const probe = resolve('node_modules', '.cache', 'durable-build', 'dataset.cjs');
  await esbuild.build({
    stdin: {
      contents: `import { parseDataset } from './src/dataset/dataset.ts';
        import { readSource } from './src/files/read.ts';
        export const dataset = parseDataset({ exercises: readSource(${file('exercises.yaml')}), surfaces: readSource(${file('surfaces.yaml')}), rules: readSource(${file('rules.yaml')}) });`,
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
    return JSON.stringify(createRequire(import.meta.url)(probe).dataset);
  } catch (error) {
    console.error(`durable: the built-in dataset is not valid: ${error.describe?.() ?? error.message}`);
    process.exit(1);
  } finally {
    rmSync(probe, { force: true });
  }
}

const DATASET = await validatedDataset();
const BUILD = buildId(DATASET);
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
      __DURABLE_BUILD__: JSON.stringify(BUILD),
      __DURABLE_DATASET__: JSON.stringify(DATASET),
      __DURABLE_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
    },
    // The build's id on the first line: bin/durable.js keys the code cache by it.
    banner: { js: `/* durable build ${BUILD} */\n${common.banner.js}` },
  }),
  esbuild.build({ ...common, entryPoints: ['src/files/cacheFolder.ts'], outfile: 'dist/cacheFolder.cjs' }),
  ...Object.entries(VENDOR).map(([name, { file, default: withDefault }]) =>
    esbuild.build({
      ...common,
      // Imported as Node imports CommonJS: the default export is the module itself, so it carries the named ones too.
      stdin: { contents: withDefault ? `const all = require('${name}'); module.exports = Object.assign(all.default, all);` : `export * from '${name}';`, resolveDir: '.', loader: 'js' },
      outfile: `dist/vendor/${file}.cjs`,
    }),
  ),
]);
