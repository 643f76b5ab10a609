// On a terminal, import asks effort and pain for each new day, with the file's figures shown.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, test, vi, type MockInstance } from 'vitest';
import { runImport } from '../../src/cli/commands/import.js';
import { readLog, saveCheckIn } from '../../src/store/logStore.js';
import { tempHome } from '../cli/run.js';
import { inHome, scripted } from '../cli/scripted.js';
import { fitFile } from './fixtures.js';

let home: string;
let written: MockInstance<typeof process.stdout.write>;
let folder: string;
beforeEach(() => {
  home = tempHome();
  written = inHome(home);
  folder = join(home, 'watch');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.fit'), fitFile([{ start: '2026-11-21T08:00:00Z', seconds: 2400, metres: 7500, heartRate: 146 }]));
  writeFileSync(join(folder, 'b.fit'), fitFile([{ start: '2026-11-23T08:00:00Z', seconds: 1800, metres: 5000 }]));
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

const printed = () => written.mock.calls.map((c) => String(c[0])).join('');

test('each new day: the figures from the file, then effort and pain, saved as the runner said', async () => {
  const ask = scripted([
    [/Effort/, 5],
    [/Did any joint hurt/, ['ankle-right']],
    [/ankle \(right\) pain/, 2],
    [/Effort/, 3],
    [/Did any joint hurt/, []],
  ], { inOrder: true });
  await runImport([folder], {}, {}, ask);
  expect(printed()).toMatch(/Sat 21 Nov 2026.*run 40 min, 7\.5 km, HR 146/);
  const { checkins } = await readLog(join(home, 'log.yaml'));
  expect(checkins.map((c) => [c.date, c.rpe, c.pain, c.notRecorded])).toEqual([
    ['2026-11-21', 5, { 'ankle-right': 2 }, undefined],
    ['2026-11-23', 3, {}, undefined],
  ]);
});

test('a day already checked in is not asked about again: its answers stand', async () => {
  await saveCheckIn(join(home, 'log.yaml'), { date: '2026-11-23', status: 'done', planned: 'run', minutes: 30, rpe: 6, pain: { 'knee-left': 3 }, recordedAt: '2026-11-23T19:00:00+01:00' });
  const ask = scripted([
    [/Effort/, 5],
    [/Did any joint hurt/, []],
  ], { inOrder: true });
  await runImport([folder], {}, {}, ask);
  expect(ask.asked).toHaveLength(2);
  const day = (await readLog(join(home, 'log.yaml'))).checkins.find((c) => c.date === '2026-11-23');
  expect(day).toMatchObject({ rpe: 6, pain: { 'knee-left': 3 }, distanceMetres: 5000 });
});
