import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest';
import { runCheckIn } from '../../src/cli/commands/checkin.js';
import { runInit } from '../../src/cli/commands/init.js';
import { runLog } from '../../src/cli/commands/log.js';
import type { UserError } from '../../src/errors.js';
import { readLog, saveCheckIn } from '../../src/store/logStore.js';
import { tempHome } from './run.js';
import { inHome, scripted } from './scripted.js';

let home: string;
let written: MockInstance<typeof process.stdout.write>;
beforeEach(() => {
  home = tempHome();
  written = inHome(home);
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
      [/settled/, 'no'],
      [/note/, ''],
    ]);
    await runCheckIn({}, {}, ask);
    expect(ask.asked.some((q) => /Minutes|Effort/.test(q))).toBe(false);
    expect((await readLog(join(home, 'log.yaml'))).checkins[1]).toMatchObject({ status: 'skipped', minutes: 0, settled: false });
  });

  test('does not ask whether safe pain (0-2/10) settled, and names only the joints at 3-5/10', async () => {
    await saveCheckIn(join(home, 'log.yaml'), { date: '2026-11-23', status: 'done', minutes: 30, rpe: 3, pain: { 'hip-right': 2 }, recordedAt: '2026-11-23T19:00:00+01:00' });
    const ask = scripted([
      [/How did it go/, 'skipped'],
      [/Did any joint hurt/, []],
      [/note/, ''],
    ]);
    await runCheckIn({}, {}, ask);
    expect(ask.asked.some((q) => /settled/.test(q))).toBe(false);
    await saveCheckIn(join(home, 'log.yaml'), { date: '2026-11-23', status: 'done', minutes: 30, rpe: 3, pain: { 'hip-right': 2, 'knee-left': 4 }, recordedAt: '2026-11-23T19:00:00+01:00' }, { replace: true });
    const again = scripted([
      [/already.*Replace/, true],
      [/How did it go/, 'skipped'],
      [/Did any joint hurt/, []],
      [/settled/, 'yes'],
      [/note/, ''],
    ]);
    await runCheckIn({}, {}, again);
    expect(again.asked.find((q) => /settled/.test(q))).toBe("Yesterday's pain: knee (left) 4/10. Had it settled by this morning? (yes/no)");
  });

  test('does not ask again whether yesterday\'s pain settled when the runner told it that morning', async () => {
    await saveCheckIn(join(home, 'log.yaml'), { date: '2026-11-23', status: 'done', minutes: 30, rpe: 3, pain: { 'knee-left': 4 }, settledNextMorning: true, recordedAt: '2026-11-23T19:00:00+01:00' });
    const ask = scripted([
      [/How did it go/, 'skipped'],
      [/Did any joint hurt/, []],
      [/note/, ''],
    ]);
    await runCheckIn({}, {}, ask);
    expect(ask.asked.some((q) => /settled/.test(q))).toBe(false);
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
    [/Training for a race/, ''],
    [/Surfaces/, ['grass', 'dirt']],
    [/Equipment/, ['pillow', 'wobble-board']],
    [/time zone/, 'America/New_York'],
    [/training time/, '6:30am'],
    [/Save it to ~\/profile\.yaml/, true],
  ]);
  await runInit({ runDays: 3 }, {}, ask);
  expect(ask.asked.some((q) => /Run days/.test(q))).toBe(false);
  const text = readFileSync(join(home, 'profile.yaml'), 'utf8');
  expect(text).toContain('level: beginner');
  expect(text).toContain('longRunDay: saturday');
  expect(text).toContain('timezone: America/New_York');
  expect(text).toContain('trainingTime: 06:30');
  expect(text).toMatch(/startDate: 2026-11-23/);
});

test('durable init asks an intermediate runner where they start from and saves it', async () => {
  const ask = scripted([
    [/running level/, 'intermediate'],
    [/Strength days/, 2],
    [/long run/, 'sunday'],
    [/typical recent week/, 75],
    [/longest run/, 30],
    [/Training for a race/, ''],
    [/Surfaces/, ['grass', 'dirt']],
    [/Equipment/, ['pillow']],
    [/time zone/, 'Europe/Berlin'],
    [/training time/, '07:00'],
    [/Save it to/, true],
  ]);
  await runInit({ runDays: 3 }, {}, ask);
  const text = readFileSync(join(home, 'profile.yaml'), 'utf8');
  expect(text).toContain('weeklyMinutes: 75');
  expect(text).toContain('longestRun: 30');
});

test('durable init asks about a race, and saves its day and distance', async () => {
  const ask = scripted([
    [/running level/, 'intermediate'],
    [/Strength days/, 2],
    [/long run/, 'sunday'],
    [/typical recent week/, 120],
    [/longest run/, 50],
    [/Training for a race/, '2027-03-14'],
    [/Race distance/, 'half'],
    [/Surfaces/, ['grass', 'dirt']],
    [/Equipment/, ['pillow']],
    [/time zone/, 'Europe/Berlin'],
    [/training time/, '07:00'],
    [/Save it to/, true],
  ]);
  await runInit({ runDays: 3 }, {}, ask);
  const text = readFileSync(join(home, 'profile.yaml'), 'utf8');
  expect(text).toMatch(/race:\n\s+date: 2027-03-14\n\s+distance: half/);
  const printed = written.mock.calls.map(([t]) => String(t)).join('');
  expect(printed).toMatch(/Race: +half marathon on 2027-03-14/);
});

describe('check-in questions never answer for the runner', () => {
  test('a painful joint has no default level: Enter alone records nothing', async () => {
    const ask = scripted([
      [/How did it go/, 'skipped'],
      [/Did any joint hurt/, ['ankle-right', 'hip-left']],
      [/ankle \(right\) pain/, 2],
      [/hip \(left\) pain/, 5],
      [/note/, ''],
    ]);
    await runCheckIn({}, {}, ask);
    const painQuestions = ask.questions.filter((q) => /pain, 0-10/.test(String(q.message)));
    expect(painQuestions).toHaveLength(2);
    for (const q of painQuestions) expect(q.default).toBeUndefined();
    expect((await readLog(join(home, 'log.yaml'))).checkins[0]!.pain).toEqual({ 'ankle-right': 2, 'hip-left': 5 });
  });

  test("whether yesterday's pain settled names the joint and its level, has no default, and takes only yes or no", async () => {
    await saveCheckIn(join(home, 'log.yaml'), { date: '2026-11-23', status: 'done', minutes: 30, rpe: 3, pain: { 'knee-left': 4 }, recordedAt: '2026-11-23T19:00:00+01:00' });
    const ask = scripted([
      [/How did it go/, 'skipped'],
      [/Did any joint hurt/, []],
      [/settled/, 'yes'],
      [/note/, ''],
    ]);
    await runCheckIn({}, {}, ask);
    const settled = ask.questions.find((q) => /settled/.test(String(q.message)))!;
    expect(settled.message).toMatch(/knee \(left\) 4\/10/);
    expect(settled.default).toBeUndefined();
    const validate = settled.validate as (v: string) => true | string;
    expect(validate('')).not.toBe(true);
    expect(validate('maybe')).not.toBe(true);
    expect(validate('No')).toBe(true);
    expect((await readLog(join(home, 'log.yaml'))).checkins[1]).toMatchObject({ settled: true });
  });
});

describe('durable init, asking', () => {
  const everything = (): [RegExp, unknown][] => [
    [/running level/, 'intermediate'],
    [/Run days/, 4],
    [/Strength days/, 2],
    [/long run/, 'sunday'],
    [/typical recent week/, 120],
    [/longest run/, 40],
    [/Training for a race/, ''],
    [/Surfaces/, ['grass']],
    [/Equipment/, []],
    [/time zone/, 'Europe/Berlin'],
    [/training time/, '7:30pm'],
  ];

  test('shows a summary and saves nothing when the runner says no', async () => {
    const ask = scripted([...everything(), [/Save it to/, false]]);
    await runInit({}, {}, ask);
    expect(existsSync(join(home, 'profile.yaml'))).toBe(false);
    const printed = written.mock.calls.map(([text]) => String(text)).join('');
    expect(printed).toMatch(/Training time: 19:30 Europe\/Berlin/);
    expect(printed).toContain('Nothing was saved.');
  });

  test('the time-zone search offers the system zone first and finds a zone by its city', async () => {
    const ask = scripted([...everything(), [/Save it to/, true]]);
    await runInit({}, {}, ask);
    const search = ask.questions.find((q) => /time zone/.test(String(q.message)))!;
    const source = search.source as (term: string | undefined) => string[];
    expect(source(undefined)[0]).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(source('berlin')).toContain('Europe/Berlin');
    expect(source('new york')[0]).toBe('America/New_York');
  });

  test('a broken profile does not block init: it is kept aside, byte for byte, and a new one saved', async () => {
    const broken = 'level: elite\nrunDays: [\n';
    writeFileSync(join(home, 'profile.yaml'), broken);
    const ask = scripted([[/cannot be read.*start a new one/, true], ...everything(), [/Save it to/, true]]);
    await runInit({}, {}, ask);
    expect(readFileSync(join(home, 'profile.yaml.broken'), 'utf8')).toBe(broken);
    expect(readFileSync(join(home, 'profile.yaml'), 'utf8')).toContain('level: intermediate');
  });

  test('without a terminal, init --yes never replaces a broken profile: it names the line and changes nothing', async () => {
    const broken = 'level: intermediate\nrunDays: four\ntimezone: Europe/Berlin\nstartDate: 2026-09-07\n';
    writeFileSync(join(home, 'profile.yaml'), broken);
    const error = (await runInit({ yes: true }, {}).catch((e: unknown) => e)) as UserError;
    expect(error.describe()).toMatch(/profile\.yaml:2: runDays: .*fix that line.*nothing was changed/);
    expect(readFileSync(join(home, 'profile.yaml'), 'utf8')).toBe(broken);
    expect(existsSync(join(home, 'profile.yaml.broken'))).toBe(false);
  });

  test('a broken profile stays as it is when the runner says so', async () => {
    writeFileSync(join(home, 'profile.yaml'), 'level: elite\n');
    await expect(runInit({}, {}, scripted([[/cannot be read/, false]]))).rejects.toThrow(/kept the profile as it is/);
    expect(readFileSync(join(home, 'profile.yaml'), 'utf8')).toBe('level: elite\n');
    expect(existsSync(join(home, 'profile.yaml.broken'))).toBe(false);
  });
});

describe('durable log --delete on a terminal', () => {
  const checkIn = (date: string) => ({ date, status: 'done' as const, minutes: 30, rpe: 3, pain: {}, recordedAt: `${date}T19:00:00+01:00` });

  test('asks first, naming the check-in, and keeps it on no', async () => {
    const path = join(home, 'log.yaml');
    await saveCheckIn(path, checkIn('2026-11-23'));
    const before = readFileSync(path, 'utf8');
    const ask = scripted([[/Delete 2026-11-23: .*done, 30 min/, false]]);
    await runLog({ delete: '2026-11-23' }, {}, ask);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  test('deletes it on yes', async () => {
    const path = join(home, 'log.yaml');
    await saveCheckIn(path, checkIn('2026-11-22'));
    await saveCheckIn(path, checkIn('2026-11-23'));
    await runLog({ delete: '2026-11-23' }, {}, scripted([[/Delete 2026-11-23/, true]]));
    expect((await readLog(path)).checkins.map((c) => c.date)).toEqual(['2026-11-22']);
  });
});
