// Bundles the CLI into dist/: one small main chunk for start-up, and a chunk per
// command (and per heavy library) loaded only when that command runs.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** A hash of the code and the locked dependencies: cached validations from another build are ignored. */
function buildId() {
  const hash = createHash('sha256');
  const files = readdirSync('src', { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).sort();
  for (const file of files) hash.update(file).update(readFileSync(join('src', file)));
  hash.update(readFileSync('package-lock.json'));
  return hash.digest('hex').slice(0, 16);
}

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
  // Some dependencies are CommonJS and call require() for Node's own modules.
  banner: { js: "import { createRequire as __durableRequire } from 'node:module'; const require = __durableRequire(import.meta.url);" },
  logLevel: 'warning',
});
