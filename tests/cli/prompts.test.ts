import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { runCheckIn } from '../../src/cli/commands/checkin.js';
import { runInit } from '../../src/cli/commands/init.js';
import type { Prompter } from '../../src/cli/prompts.js';
import { readLog, saveCheckIn } from '../../src/store/logStore.js';
import { tempHome } from './run.js';

/** A prompter that answers from a script: [pattern of the question, answer]. Records what was asked. */
function scripted(script: [RegExp, unknown][]): Prompter & { asked: string[] } {
  const asked: string[] = [];
  const answer = (question: { message: string }) => {
    asked.push(question.message);
    const i = script.findIndex(([pattern]) => pattern.test(question.message));
    if (i < 0) throw new Error(`unexpected question: ${question.message}`);
    const value = script.splice(i, 1)[0]![1];
    if (value instanceof Error) return Promise.reject(value);
    return Promise.resolve(value);
  };
  return { asked, select: answer, checkbox: answer, number: answer, input: answer, confirm: answer } as Prompter & { asked: string[] };
}

let home: string;
beforeEach(() => {
  home = tempHome();
  vi.stubEnv('DURABLE_HOME', home);
  vi.stubEnv('DURABLE_NOW', '2026-11-24T19:00:00');
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe('durable checkin, asking', () => {
  test('asks for pain only in the joints that hurt, and saves the answers', async () => {
    const ask = scripted([
      [/How did it go/, 'done'],
      [/Minutes/, 42],
      [/Effort/, 6],
      [/Surface you ran on/, 'dirt'],
      [/Did any joint hurt/, ['knee-left']],
      [/knee \(left\) pain/, 4],
      [/note/, 'hilly'],
    ]);
    await runCheckIn({}, {}, ask);
    expect(ask.asked.some((q) => /ankle|hip/.test(q))).toBe(false);
    expect(ask.asked.some((q) => /settled/.test(q))).toBe(false);
    const [saved] = (await readLog(join(home, 'log.yaml'))).checkins;
    expect(saved).toMatchObject({ date: '2026-11-24', planned: 'run', status: 'done', minutes: 42, rpe: 6, surface: 'dirt', pain: { 'knee-left': 4 }, note: 'hilly' });
  });

  test("asks whether yesterday's pain settled only when there was pain yesterday", async () => {
    await saveCheckIn(join(home, 'log.yaml'), { date: '2026-11-23', status: 'done', minutes: 30, rpe: 3, pain: { 'hip-right': 3 }, recordedAt: '2026-11-23T19:00:00+01:00' });
    const ask = scripted([
      [/How did it go/, 'skipped'],
      [/Did any joint hurt/, []],
      [/settled/, false],
      [/note/, ''],
    ]);
    await runCheckIn({}, {}, ask);
    expect(ask.asked.some((q) => /Minutes|Effort/.test(q))).toBe(false);
    expect((await readLog(join(home, 'log.yaml'))).checkins[1]).toMatchObject({ status: 'skipped', minutes: 0, settled: false });
  });

  test('asks before replacing a check-in, and keeps it when told no', async () => {
    const path = join(home, 'log.yaml');
    await saveCheckIn(path, { date: '2026-11-24', status: 'done', minutes: 30, rpe: 3, pain: {}, recordedAt: '2026-11-24T08:00:00+01:00' });
    const before = readFileSync(path, 'utf8');
    await runCheckIn({}, {}, scripted([[/already.*Replace/, false]]));
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  test('Ctrl+C part-way writes nothing', async () => {
    const interrupted = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    const ask = scripted([
      [/How did it go/, 'done'],
      [/Minutes/, 30],
      [/Effort/, interrupted],
    ]);
    await expect(runCheckIn({}, {}, ask)).rejects.toMatchObject({ name: 'ExitPromptError' });
    expect(existsSync(join(home, 'log.yaml'))).toBe(false);
  });
});

test('durable init asks what the flags leave open and saves the profile', async () => {
  const ask = scripted([
    [/running level/, 'beginner'],
    [/Strength days/, 2],
    [/weekend run/, 'saturday'],
    [/Surfaces/, ['grass', 'dirt']],
    [/Equipment/, ['pillow', 'wobble-board']],
    [/time zone/, 'America/New_York'],
    [/training time/, '06:30'],
  ]);
  await runInit({ runDays: 3 }, {}, ask);
  expect(ask.asked.some((q) => /Run days/.test(q))).toBe(false);
  const text = readFileSync(join(home, 'profile.yaml'), 'utf8');
  expect(text).toContain('level: beginner');
  expect(text).toContain('longRunDay: saturday');
  expect(text).toContain('timezone: America/New_York');
  expect(text).toMatch(/startDate: 2026-11-23/);
});

test('durable init asks an intermediate runner where they start from and saves it', async () => {
  const ask = scripted([
    [/running level/, 'intermediate'],
    [/Strength days/, 2],
    [/long run/, 'sunday'],
    [/typical recent week/, 75],
    [/longest run/, 30],
    [/Surfaces/, ['grass', 'dirt']],
    [/Equipment/, ['pillow']],
    [/time zone/, 'Europe/Berlin'],
    [/training time/, '07:00'],
  ]);
  await runInit({ runDays: 3 }, {}, ask);
  const text = readFileSync(join(home, 'profile.yaml'), 'utf8');
  expect(text).toContain('weeklyMinutes: 75');
  expect(text).toContain('longestRun: 30');
});
