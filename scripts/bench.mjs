// Start-up and scale benchmark: `npm run bench`. Runs every command as a child process,
// alternating with bare `node -e 0` so both see the same machine load, and compares
// medians. Not part of `npm test`: timings belong here, not in assertions.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { FitBaseType as T, FitEncoder } from 'fit-file-parser';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/durable.js', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 25);

function time(args, env) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed: ${result.stderr}`);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Median wall time of a command (its arguments, or a function giving them for each run) and of bare node, measured in turns; `before` runs ahead of each of ours, untimed. */
function compare(label, args, env, before = () => {}, bin = BIN) {
  const argsOf = typeof args === 'function' ? args : () => args;
  before();
  time([bin, ...argsOf()], env); // the first run fills the caches
  const bare = [];
  const ours = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(time(['-e', '0'], env));
    before();
    ours.push(time([bin, ...argsOf()], env));
  }
  return { label, bare: median(bare), ours: median(ours), ratio: median(ours) / median(bare) };
}

/**
 * The floor for a CLI on this stack: commander, chalk and a cli-table3 table, bundled and
 * started exactly as durable is (scripts/bundling.mjs, bin/durable.js and its code cache).
 */
async function helloWorld() {
  const { build } = await import('esbuild');
  const { common, lazyChildProcess } = await import('./bundling.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'durable-bench-hello-'));
  mkdirSync(join(dir, 'bin'));
  copyFileSync(BIN, join(dir, 'bin', 'durable.js'));
  copyFileSync(join(ROOT, 'bin', 'package.json'), join(dir, 'bin', 'package.json'));
  const contents = `import { Command } from 'commander';
    import chalk from 'chalk';
    import Table from 'cli-table3';
    export async function main(argv) {
      await new Command('hello').option('--name <name>', 'who to greet', 'runner').action(({ name }) => {
        const table = new Table({ head: ['Day', 'Session'] });
        table.push(['Mon 23 Nov', chalk.green('Hello, ' + name)]);
        console.log(table.toString());
      }).parseAsync(argv);
    }`;
  await build({ ...common, stdin: { contents, resolveDir: ROOT, loader: 'js' }, outfile: join(dir, 'dist', 'main.cjs'), plugins: [lazyChildProcess], banner: { js: `/* durable build hello */\n${common.banner.js}` } });
  await build({ ...common, entryPoints: [join(ROOT, 'src', 'files', 'cacheFiles.ts')], outfile: join(dir, 'dist', 'cacheFiles.cjs') });
  // Its own home, so that its code cache is its own.
  return { bin: join(dir, 'bin', 'durable.js'), env: { DURABLE_HOME: mkdtempSync(join(tmpdir(), 'durable-bench-hello-home-')), NO_COLOR: '1' } };
}

/** Ten years of daily check-ins, deterministic, with some pain and skipped days. */
function tenYearLog() {
  let seed = 42;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const lines = ['version: 1', 'checkins:'];
  const day = new Date(Date.UTC(2016, 10, 24));
  for (let i = 0; i < 3653; i++, day.setUTCDate(day.getUTCDate() + 1)) {
    const date = day.toISOString().slice(0, 10);
    const skipped = random() < 0.15;
    lines.push(`  - date: ${date}`, `    planned: ${['run', 'strength', 'recovery', 'rest'][i % 4]}`, `    status: ${skipped ? 'skipped' : 'done'}`);
    lines.push(`    minutes: ${skipped ? 0 : 20 + Math.floor(random() * 60)}`, `    rpe: ${skipped ? 0 : 2 + Math.floor(random() * 7)}`);
    if (random() < 0.1) lines.push('    pain:', `      knee-left: ${1 + Math.floor(random() * 5)}`);
    lines.push(`    recordedAt: ${date}T19:00:00Z`);
  }
  return `${lines.join('\n')}\n`;
}

/** A bulk export: 1,000 FIT runs, one a day (some 3 years), written with fit-file-parser's encoder. */
function thousandActivities() {
  const dir = mkdtempSync(join(tmpdir(), 'durable-bench-export-'));
  mkdirSync(join(dir, 'activities'));
  const first = Date.UTC(2023, 11, 1, 6, 30);
  for (let i = 0; i < 1000; i++) {
    const start = new Date(first + i * 86_400_000);
    const seconds = 1800 + (i % 7) * 300;
    const encoder = new FitEncoder();
    encoder.writeMessage(0, [{ number: 0, size: 1, baseType: T.Enum, value: 4 }, { number: 4, size: 4, baseType: T.Uint32, value: FitEncoder.toFitTimestamp(start) }]);
    encoder.writeMessage(18, [
      { number: 253, size: 4, baseType: T.Uint32, value: FitEncoder.toFitTimestamp(new Date(start.getTime() + seconds * 1000)) },
      { number: 2, size: 4, baseType: T.Uint32, value: FitEncoder.toFitTimestamp(start) },
      { number: 5, size: 1, baseType: T.Enum, value: 1 },
      { number: 8, size: 4, baseType: T.Uint32, value: seconds * 1000 },
      { number: 9, size: 4, baseType: T.Uint32, value: seconds * 300 },
      { number: 16, size: 1, baseType: T.Uint8, value: 140 + (i % 20) },
    ]);
    writeFileSync(join(dir, 'activities', `${10_000_000 + i}.fit`), encoder.close());
  }
  return dir;
}

const home = mkdtempSync(join(tmpdir(), 'durable-bench-'));
const historyHome = mkdtempSync(join(tmpdir(), 'durable-bench-log-'));
writeFileSync(join(historyHome, 'log.yaml'), tenYearLog());
const env = { DURABLE_HOME: home, NO_COLOR: '1' };
const historyEnv = { DURABLE_HOME: historyHome, DURABLE_NOW: '2026-11-24T20:00:00', NO_COLOR: '1' };

const exportDir = thousandActivities();
const importHome = mkdtempSync(join(tmpdir(), 'durable-bench-import-'));
const importEnv = { DURABLE_HOME: importHome, DURABLE_NOW: '2026-11-24T20:00:00', NO_COLOR: '1' };
const freshLog = () => rmSync(join(importHome, 'log.yaml'), { force: true });

// A check-in into the 10-year log, the same day replaced each time (an edit in place, as a new day's is).
const checkinHome = mkdtempSync(join(tmpdir(), 'durable-bench-checkin-'));
writeFileSync(join(checkinHome, 'log.yaml'), tenYearLog());
const checkinEnv = { ...historyEnv, DURABLE_HOME: checkinHome };
let effort = 3;
const checkinArgs = () => ['checkin', '--status', 'done', '--minutes', '40', '--rpe', String((effort = effort === 3 ? 4 : 3)), '--pain', 'none', '--replace'];

const hello = await helloWorld();

const rows = [
  { ...compare('hello world: commander, chalk and a cli-table3 table, built and started as durable is', [], hello.env, undefined, hello.bin) },
  { ...compare('durable --version', ['--version'], env), target: 1.2 },
  { ...compare('durable plan', ['plan'], env), target: 1.25 },
  { ...compare('durable today', ['today'], env), target: 1.25 },
  { ...compare('durable plan --weeks 52', ['plan', '--weeks', '52'], env), target: 1.6 },
  { ...compare('durable history, reading a 10-year log (3,653 check-ins)', ['history'], historyEnv), target: 1.4 },
  { ...compare('durable history --weeks 520 --json, summarising all 10 years', ['history', '--weeks', '520', '--json'], historyEnv) },
  { ...compare('durable history --weeks 520, as a 520-row table', ['history', '--weeks', '520'], historyEnv), target: 2 },
  { ...compare('durable checkin into the 10-year log, saved in place', checkinArgs, checkinEnv), target: 2 },
  { ...compare('durable plan, validating every file (no cache)', ['plan'], { ...env, DURABLE_NO_CACHE: '1' }) },
  { ...compare('durable history, 10-year log, validating it (no cache)', ['history'], { ...historyEnv, DURABLE_NO_CACHE: '1' }) },
  { ...compare('durable import, a folder of 1,000 FIT activities into an empty log (written once)', ['import', exportDir, '--rpe', '4', '--pain', 'none', '--json'], importEnv, freshLog) },
  { ...compare('durable import, the same 1,000 again (nothing new, nothing written)', ['import', exportDir, '--json'], importEnv) },
];

console.log(`Median wall time over ${RUNS} runs each, node ${process.version}, alternating with \`node -e 0\`:\n`);
console.log('| what | node -e 0 | durable | ratio | target |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const verdict = r.target === undefined ? '' : `${r.target}x ${r.ratio <= r.target ? 'met' : 'missed'}`;
  console.log(`| ${r.label} | ${r.bare.toFixed(0)} ms | ${r.ours.toFixed(0)} ms | ${r.ratio.toFixed(2)}x | ${verdict} |`);
}
