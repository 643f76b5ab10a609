import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/durable.js', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh folder to stand in for the runner's home, so tests never touch the real one. */
export function tempHome(): string {
  return mkdtempSync(join(tmpdir(), 'durable-test-'));
}

/** Run the built CLI with no terminal, a temporary home and a fixed "now". */
export function durable(args: string[], options: { home?: string; env?: Record<string, string | undefined>; input?: string; cwd?: string } = {}): CliResult {
  const home = options.home ?? tempHome();
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: home,
    DURABLE_HOME: home,
    DURABLE_NOW: '2026-11-24T07:30:00',
    TZ: 'Europe/Berlin',
    // Wide enough that no line wraps, so tests can look for whole sentences; the width tests set their own.
    COLUMNS: '250',
    ...options.env,
  };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    env: Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)),
    input: options.input ?? '',
    cwd: options.cwd,
    encoding: 'utf8',
    // Only a guard against a hang: a busy machine may take seconds for one command.
    timeout: 300_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** An ANSI escape sequence: colour was written. */
export const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);
