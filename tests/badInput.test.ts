// The bad-input suite: every malformed file or argument in tests/fixtures/bad/cases.yaml
// must be refused with exit code 2 and one clear line, and must leave the runner's files
// exactly as they were.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { BUILT_IN_DATA_DIR } from '../src/dataset/read.js';
import { durable } from './cli/run.js';

interface Case {
  name: string;
  kind: 'dataset' | 'extras' | 'profile' | 'log' | 'args' | 'import';
  error: string;
  target?: string;
  file?: string;
  find?: string;
  replace?: string;
  args?: string[];
}

const FIXTURES = fileURLToPath(new URL('fixtures/bad/', import.meta.url));
const cases = parse(readFileSync(join(FIXTURES, 'cases.yaml'), 'utf8')) as Case[];

const VALID_PROFILE = 'level: intermediate\nrunDays: 4\nstrengthDays: 2\nlongRunDay: sunday\nsurfaces: [grass, pavement, track]\nequipment: [pillow]\ntimezone: Europe/Berlin\ntrainingTime: "07:00"\nstartDate: 2026-11-02\n';
const VALID_LOG = 'version: 1\ncheckins:\n  - { date: 2026-11-19, status: done, minutes: 40, rpe: 5, recordedAt: "2026-11-19T19:00:00+01:00" }\n';

/** The command each kind of input is tried with: one that would write if it went ahead. */
const WRITING_CHECKIN = ['checkin', '--date', '2026-11-23', '--status', 'done', '--rpe', '4'];

function setUp(c: Case) {
  const home = mkdtempSync(join(tmpdir(), 'durable-bad-'));
  const files: Record<string, string> = { 'profile.yaml': VALID_PROFILE, 'log.yaml': VALID_LOG };
  const fixture = c.file && c.kind !== 'import' ? readFileSync(join(FIXTURES, c.file), 'latin1') : undefined;
  if (c.kind === 'profile') files['profile.yaml'] = fixture!;
  if (c.kind === 'log') files['log.yaml'] = fixture!;
  for (const [name, text] of Object.entries(files)) writeFileSync(join(home, name), text, 'latin1');

  let args = c.args ?? WRITING_CHECKIN;
  let cwd = home;
  if (c.kind === 'dataset') {
    const data = join(home, 'data');
    cpSync(BUILT_IN_DATA_DIR, data, { recursive: true });
    const target = join(data, c.target!);
    if (fixture !== undefined) writeFileSync(target, fixture, 'latin1');
    else {
      const text = readFileSync(target, 'utf8');
      // A patch whose text moved or doubled would test something else: fail loudly.
      expect(text.split(c.find!).length - 1, `"${c.find}" must stand once in ${c.target}`).toBe(1);
      writeFileSync(target, text.replace(c.find!, c.replace!));
    }
    args = ['--data', data, ...WRITING_CHECKIN];
    cwd = data;
  }
  if (c.kind === 'import') {
    args = ['import', c.file!];
    cwd = FIXTURES;
  }
  if (c.kind === 'extras') {
    args = ['validate', c.file!];
    cwd = FIXTURES;
  }
  return { home, args, cwd, before: files };
}

test('the suite has at least 40 cases', () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
});

describe.each(cases)('$kind: $name', (c) => {
  test('is refused with one clear line and leaves the runner’s files alone', () => {
    const { home, args, cwd, before } = setUp(c);
    const { status, stdout, stderr } = durable(args, { home, cwd });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(new RegExp(`^durable: .*${c.error}`));
    expect(stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);
    for (const [name, text] of Object.entries(before)) expect(readFileSync(join(home, name), 'latin1')).toBe(text);
  });
});
