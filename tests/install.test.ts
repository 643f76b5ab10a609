import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return result.stdout;
}

test('the packed package installs with nothing to download, and `durable plan` runs from any folder', () => {
  const work = mkdtempSync(join(tmpdir(), 'durable-pack-'));
  // `npm test` has just built dist/; packing must not rebuild it under the other tests' feet.
  const packed = JSON.parse(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT)) as { filename: string; files: { path: string }[] }[];
  const files = packed[0]!.files.map((f) => f.path);
  expect(files).toContain('bin/durable.js');
  expect(files).toContain('dist/main.cjs');
  expect(files).toContain('data/rules.yaml');
  // What the command needs and nothing more: no sources, tests, source maps or scripts.
  expect(files.filter((f) => !/^(bin\/durable\.js|bin\/package\.json|dist\/.*\.cjs|data\/\w+\.yaml|package\.json|README\.md|LICENSE)$/.test(f))).toEqual([]);

  // Offline: everything the command runs on is in the bundle, so the install fetches nothing.
  const prefix = join(work, 'prefix');
  run('npm', ['install', '--global', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, join(work, packed[0]!.filename)], work);
  const installed = join(prefix, 'lib', 'node_modules', 'durable');
  expect(existsSync(join(installed, 'node_modules'))).toBe(false);

  const elsewhere = mkdtempSync(join(tmpdir(), 'durable-elsewhere-'));
  const out = run(join(prefix, 'bin', 'durable'), ['plan'], elsewhere, { DURABLE_HOME: elsewhere, DURABLE_NOW: '2026-11-24T07:30:00', NO_COLOR: '1' });
  expect(out).toMatch(/^Week 1 · 23 Nov – 29 Nov 2026$/m);
  expect(readdirSync(elsewhere).filter((f) => f.endsWith('.yaml'))).toEqual([]);
});
