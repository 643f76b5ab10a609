// `durable import` as a runner uses it: the built CLI, a temporary home, no terminal.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';
import { durable, tempHome } from '../cli/run.js';
import { fitFile, FIT_SPORT, FIT_SUB_SPORT, fitWithoutActivity, garminGpx, garminTcx, gzip, stravaGpx, stravaTcx } from './fixtures.js';

let home: string;
let exportDir: string;
const log = () => readFileSync(join(home, 'log.yaml'), 'utf8');
const run = (args: string[]) => durable(args, { home });

interface Summary {
  dryRun: boolean;
  imported: { activities: number; newCheckIns: number; updatedCheckIns: number };
  alreadyInLog: number;
  skipped: { reason: string; count: number }[];
  problems: { file: string; problem: string }[];
  checkIns: { date: string; minutes: number; distanceMetres?: number; notRecorded?: string[]; activities: unknown[] }[];
}
const json = (args: string[]) => JSON.parse(run([...args, '--json']).stdout) as Summary;

/** A bulk export as a runner downloads it: FIT, gzipped GPX (Strava), TCX, and other files. */
function bulkExport(): string {
  const dir = join(home, 'export');
  mkdirSync(join(dir, 'activities'), { recursive: true });
  writeFileSync(join(dir, 'activities', '101.fit'), fitFile([{ start: '2026-11-16T06:00:00Z', seconds: 2400, metres: 7000, heartRate: 145, subSport: FIT_SUB_SPORT.trail }]));
  writeFileSync(join(dir, 'activities', '102.fit.gz'), gzip(fitFile([{ start: '2026-11-17T17:30:00Z', seconds: 3600, metres: 25000, sport: FIT_SPORT.cycling }])));
  writeFileSync(join(dir, 'activities', '103.gpx.gz'), gzip(stravaGpx({ start: '2026-11-19T06:30:00Z', seconds: 1800, metres: 5000, heartRate: 150 })));
  writeFileSync(join(dir, 'activities', '104.tcx'), garminTcx({ start: '2026-11-21T08:00:00Z', seconds: 3000, metres: 9000, heartRate: 140 }));
  writeFileSync(join(dir, 'activities', '105.gpx'), garminGpx({ start: '2026-11-22T09:00:00Z', seconds: 600, metres: 1000 }, 'walking'));
  writeFileSync(join(dir, 'activities', 'settings.fit'), fitWithoutActivity());
  writeFileSync(join(dir, 'activities.csv'), 'Activity ID,Activity Date\n');
  writeFileSync(join(dir, 'profile.jpg'), 'not a picture');
  return dir;
}

beforeEach(() => {
  home = tempHome();
  expect(run(['init', '--level', 'intermediate', '--yes', '--tz', 'Europe/Berlin']).status).toBe(0);
  exportDir = bulkExport();
});

describe('durable import', () => {
  test('a folder with FIT, GPX and TCX runs adds the right check-ins, and says what it skipped', () => {
    const { status, stdout, stderr } = run(['import', exportDir]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toMatch(/Mon 16 Nov 2026: new check-in: run \(trail\) 40 min, 7\.0 km, HR 145/);
    expect(stdout).toMatch(/Tue 17 Nov 2026: new check-in: ride 60 min, 25\.0 km/);
    expect(stdout).toMatch(/Imported 5 activities \(5 new check-ins, 0 updated\); 0 already in the log; 2 skipped: not a FIT, GPX or TCX file; 1 skipped: no activity in this FIT file\./);
    const dates = (JSON.parse(run(['log', '--json']).stdout) as { checkins: { date: string }[] }).checkins.map((c) => c.date);
    expect(dates).toEqual(['2026-11-16', '2026-11-17', '2026-11-19', '2026-11-21', '2026-11-22']);
  });

  test('a second import adds nothing and leaves the log byte for byte', () => {
    expect(run(['import', exportDir]).status).toBe(0);
    const before = log();
    const { status, stdout } = run(['import', exportDir]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Nothing new; 5 already in the log/);
    expect(log()).toBe(before);
  });

  test('an existing check-in keeps its pain, effort and note, and gains the distance; the rest of the file stays byte for byte', () => {
    expect(run(['checkin', '--date', '2026-11-19', '--status', 'done', '--minutes', '35', '--rpe', '6', '--pain', 'knee-left=3', '--note', 'hills']).status).toBe(0);
    writeFileSync(join(home, 'log.yaml'), log().replace('checkins:\n', 'checkins:\n  # new shoes from 19 Nov\n'));
    const before = log();
    expect(run(['import', exportDir]).status).toBe(0);
    const after = log();
    expect(after).toContain('  # new shoes from 19 Nov\n');
    const [day] = (JSON.parse(run(['log', '--json', '--from', '2026-11-19', '--to', '2026-11-19']).stdout) as { checkins: CheckInJson[] }).checkins;
    expect(day).toMatchObject({ rpe: 6, pain: { 'knee-left': 3 }, note: 'hills', distanceMetres: 5000, heartRate: 150 });
    expect(day!.notRecorded).toBeUndefined();
    // The lines before the first imported entry are the runner's, unchanged.
    expect(after.startsWith(before.slice(0, before.indexOf('  - date: 2026-11-19')))).toBe(true);
  });

  test('--dry-run shows what would change and writes nothing', () => {
    const { status, stdout } = run(['import', exportDir, '--dry-run']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/Would import 5 activities/);
    expect(stdout).toContain('Dry run: the log was not changed.');
    expect(existsSync(join(home, 'log.yaml'))).toBe(false);
  });

  test('without a terminal, effort and pain are recorded as not recorded, and the log says so', () => {
    const summary = json(['import', exportDir]);
    expect(summary.checkIns.every((c) => c.notRecorded?.join() === 'rpe,pain')).toBe(true);
    expect(run(['log']).stdout).toMatch(/not recorded/);
  });

  test('--rpe and --pain are taken for every new day', () => {
    const summary = json(['import', exportDir, '--rpe', '4', '--pain', 'none']);
    expect(summary.checkIns.every((c) => c.notRecorded === undefined)).toBe(true);
    expect((JSON.parse(run(['log', '--json']).stdout) as { checkins: CheckInJson[] }).checkins.every((c) => c.rpe === 4)).toBe(true);
  });

  test('--json prints the summary only', () => {
    const summary = json(['import', exportDir]);
    expect(summary).toMatchObject({ dryRun: false, imported: { activities: 5, newCheckIns: 5, updatedCheckIns: 0 }, alreadyInLog: 0, problems: [] });
    expect(summary.skipped).toEqual([
      { reason: 'not a FIT, GPX or TCX file', count: 2 },
      { reason: 'no activity in this FIT file', count: 1 },
    ]);
  });

  test('history shows the distance run each week, in km or in miles', () => {
    expect(run(['import', exportDir]).status).toBe(0);
    const { stdout } = run(['history', '--weeks', '2']);
    expect(stdout).toMatch(/Run km/);
    // 7 + 5 + 9 km of running in the week of 16 Nov; the ride and the walk are not running.
    expect(stdout).toMatch(/16 Nov 2026 .* 21\.0 /);
    expect(run(['init', '--units', 'mi', '--yes']).status).toBe(0);
    expect(run(['history', '--weeks', '2']).stdout).toMatch(/16 Nov 2026 .* 13\.0 /);
    expect(run(['log']).stdout).toMatch(/ mi /);
  });

  test('log permissions are never widened', () => {
    expect(run(['checkin', '--date', '2026-11-10', '--status', 'done', '--rpe', '4', '--minutes', '30']).status).toBe(0);
    const mode = statSync(join(home, 'log.yaml')).mode & 0o777;
    expect(run(['import', exportDir]).status).toBe(0);
    expect(statSync(join(home, 'log.yaml')).mode & 0o777).toBe(mode);
  });
});

describe('bad files', () => {
  const broken = () => {
    const dir = join(home, 'broken');
    mkdirSync(dir);
    const good = fitFile([{ start: '2026-11-20T06:00:00Z', seconds: 1800 }]);
    writeFileSync(join(dir, 'cut.fit'), good.slice(0, good.length - 8));
    writeFileSync(join(dir, 'junk.gpx'), '<<<not xml');
    writeFileSync(join(dir, 'no-times.gpx'), garminGpx({ start: '2026-11-20T06:00:00Z', seconds: 600, metres: 2000 }).replace(/<time>[^<]*<\/time>/g, ''));
    writeFileSync(join(dir, 'future.tcx'), stravaTcx({ start: '2026-12-24T06:00:00Z', seconds: 600 }));
    return dir;
  };

  test('nothing readable: one line per file naming it and the problem, exit 2, no log written', () => {
    const { status, stdout, stderr } = durable(['import', broken()], { home, cwd: home });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines).toEqual([
      expect.stringMatching(/^durable: broken\/cut\.fit: is cut short/),
      expect.stringMatching(/^durable: broken\/future\.tcx: starts in the future/),
      expect.stringMatching(/^durable: broken\/junk\.gpx: is not a readable GPX file/),
      expect.stringMatching(/^durable: broken\/no-times\.gpx: has no timestamps.*; nothing was imported$/),
    ]);
    expect(stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);
    expect(existsSync(join(home, 'log.yaml'))).toBe(false);
  });

  test('some readable: the good ones are imported, each bad one named, exit 0 with the summary', () => {
    const { status, stdout, stderr } = durable(['import', exportDir, broken()], { home, cwd: home });
    expect(status).toBe(0);
    expect(stderr.trimEnd().split('\n')).toHaveLength(4);
    expect(stderr).toMatch(/^durable: broken\/cut\.fit: is cut short .*; not imported$/m);
    expect(stdout).toMatch(/Imported 5 activities .*; 4 not readable \(above\)\./);
  });

  test('a folder with no activity file: one line, exit 2', () => {
    const empty = join(home, 'empty');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.txt'), 'hi');
    const { status, stderr } = run(['import', empty]);
    expect(status).toBe(2);
    expect(stderr).toMatch(/^durable: no activity to import in .*empty \(1 skipped: not a FIT, GPX or TCX file\); the log was not changed\n$/);
  });
});

interface CheckInJson {
  rpe?: number;
  notRecorded?: string[];
}

test('checkin --replace on an imported day records effort and pain, and keeps the watch’s minutes, distance and activities', () => {
  expect(run(['import', exportDir]).status).toBe(0);
  expect(run(['checkin', '--date', '2026-11-21', '--status', 'done', '--rpe', '5', '--pain', 'none', '--replace']).status).toBe(0);
  const [day] = (JSON.parse(run(['log', '--json', '--from', '2026-11-21', '--to', '2026-11-21']).stdout) as { checkins: (CheckInJson & Record<string, unknown>)[] }).checkins;
  expect(day).toMatchObject({ minutes: 50, rpe: 5, pain: {}, distanceMetres: 9000, heartRate: 140 });
  expect(day!.activities).toHaveLength(1);
  expect(day!.notRecorded).toBeUndefined();
});
