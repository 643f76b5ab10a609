// What the runner sees, byte for byte: plans of 1, 8, 52 and 104 weeks, with and without a
// log, and the day and history views, compared with the output recorded in
// tests/fixtures/output/. Making durable faster must not change a single character of it.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { durable, tempHome } from './run.js';

/** A year of check-ins up to the day before "now", deterministic: mostly done, some skipped, some with pain. */
function yearLog(): string {
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const lines = ['version: 1', 'checkins:'];
  const day = new Date(Date.UTC(2025, 10, 24));
  for (let i = 0; i < 365; i++, day.setUTCDate(day.getUTCDate() + 1)) {
    if (random() < 0.1) continue;
    const date = day.toISOString().slice(0, 10);
    const skipped = random() < 0.15;
    lines.push(`  - date: ${date}`, `    status: ${skipped ? 'skipped' : 'done'}`);
    lines.push(`    minutes: ${skipped ? 0 : 20 + Math.floor(random() * 40)}`, `    rpe: ${skipped ? 0 : 2 + Math.floor(random() * 6)}`);
    if (random() < 0.08) lines.push('    pain:', `      ${random() < 0.5 ? 'knee-left' : 'ankle-right'}: ${1 + Math.floor(random() * 4)}`);
    lines.push(`    recordedAt: ${date}T19:00:00Z`);
  }
  return `${lines.join('\n')}\n`;
}

const LOG = yearLog();
const env = { COLUMNS: '80', NO_COLOR: '1' };

function run(args: string[], withLog: boolean): string {
  const home = tempHome();
  if (withLog) writeFileSync(join(home, 'log.yaml'), LOG);
  const result = durable(args, { home, env });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'output', name);

describe.each([
  ['without a log', false],
  ['with a year of check-ins', true],
])('the output stays exactly as it was, %s', (_, withLog) => {
  const suffix = withLog ? '-log' : '';
  test.each([1, 8, 52, 104])('plan --weeks %i', async (weeks) => {
    await expect(run(['plan', '--weeks', String(weeks)], withLog)).toMatchFileSnapshot(fixture(`plan-${weeks}${suffix}.txt`));
  });

  test('plan --weeks 8 --json', async () => {
    await expect(run(['plan', '--weeks', '8', '--json'], withLog)).toMatchFileSnapshot(fixture(`plan-8${suffix}.json`));
  });

  test('today, and today --json', async () => {
    await expect(run(['today'], withLog)).toMatchFileSnapshot(fixture(`today${suffix}.txt`));
    await expect(run(['today', '--json'], withLog)).toMatchFileSnapshot(fixture(`today${suffix}.json`));
  });

  test('history, as a table and as JSON', async () => {
    await expect(run(['history', '--weeks', '60'], withLog)).toMatchFileSnapshot(fixture(`history${suffix}.txt`));
    await expect(run(['history', '--json'], withLog)).toMatchFileSnapshot(fixture(`history${suffix}.json`));
  });
});
