// Bundles the CLI into dist/: one small main chunk for start-up, and a chunk per
// command (and per heavy library) loaded only when that command runs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A hash of the code and the locked dependencies: cached validations from another build are ignored. */
function buildId() {
  const hash = createHash('sha256');
  const files = readdirSync('src', { recursive: true }).map(String).filter((f) => /\.(ts|cjs)$/.test(f)).sort();
  for (const file of files) hash.update(file).update(readFileSync(join('src', file)));
  hash.update(readFileSync('package-lock.json'));
  return hash.digest('hex').slice(0, 16);
}

/**
 * cli-table3 truncates every cell's whole content on every line it draws, only to build
 * a debug message it never prints unless its debug mode is on; with multi-line cells
 * that is quadratic and took most of `plan --weeks 52`. Upstream pull request #362
 * ("avoid eager cell preview truncation when debug logging is disabled") makes the same
 * change. The build fails here if cli-table3 changes, so the patch is never silently lost.
 */
const skipCellPreview = {
  name: 'cli-table3-cell-preview',
  setup(build) {
    build.onLoad({ filter: /cli-table3[\\/]src[\\/]cell\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const eager = 'let content = utils.truncate(this.content, 10, this.truncate);';
      if (!source.includes(eager)) throw new Error('cli-table3 changed: review the cell preview patch in scripts/build.mjs');
      return { contents: source.replace(eager, "let content = '';"), loader: 'js' };
    });
  },
};

// `npm install -g .` in a fresh clone runs this before the tools are installed: say what to do.
const esbuild = await import('esbuild').catch(() => undefined);
if (!esbuild) {
  console.error('durable: the build needs its tools; run `npm install` in this folder first, then `npm install -g .` again');
  process.exit(1);
}

rmSync('dist', { recursive: true, force: true });
await esbuild.build({
  entryPoints: { main: 'src/cli/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  sourcemap: true,
  chunkNames: 'chunks/[name]-[hash]',
  define: {
    __DURABLE_BUILD__: JSON.stringify(buildId()),
    __DURABLE_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version),
  },
  alias: { 'string-width': './src/cli/render/stringWidth.cjs' },
  // Some dependencies are CommonJS and call require() for Node's own modules.
  banner: { js: "import { createRequire as __durableRequire } from 'node:module'; const require = __durableRequire(import.meta.url);" },
  plugins: [skipCellPreview],
  logLevel: 'warning',
});
