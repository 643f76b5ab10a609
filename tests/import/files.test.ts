import { describe, expect, test } from 'vitest';
import { FileProblem } from '../../src/import/activity.js';
import { activitiesInFile } from '../../src/import/files.js';
import { fitFile, fitWithoutActivity, FIT_SPORT, FIT_SUB_SPORT, garminGpx, garminTcx, gzip, stravaGpx, stravaTcx, type Session } from './fixtures.js';

const NOW = Date.parse('2026-11-24T07:30:00Z');
const BERLIN = { zone: 'Europe/Berlin', now: NOW };
const RUN: Session = { start: '2026-11-23T06:12:05Z', seconds: 2520, metres: 8012, heartRate: 148 };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('every format gives the same run: day, moving minutes, distance, heart rate, sport', () => {
  const cases: [string, Uint8Array][] = [
    ['run.fit', fitFile([RUN])],
    ['run.fit.gz', gzip(fitFile([RUN]))],
    ['garmin.gpx', bytes(garminGpx(RUN))],
    ['strava.gpx', bytes(stravaGpx(RUN))],
    ['strava.gpx.gz', gzip(stravaGpx(RUN))],
    ['garmin.tcx', bytes(garminTcx(RUN))],
    ['strava.tcx', bytes(stravaTcx(RUN))],
    ['STRAVA.TCX.GZ', gzip(stravaTcx(RUN))],
  ];
  test.each(cases)('%s', (name, content) => {
    const { activities, skipped } = activitiesInFile(name, content, BERLIN);
    expect(skipped).toEqual([]);
    expect(activities).toHaveLength(1);
    const [run] = activities;
    expect(run).toMatchObject({ date: '2026-11-23', id: '2026-11-23T06:12:05Z run', sport: 'run', minutes: 42, heartRate: 148 });
    // GPX distance is measured along the points: within a few metres of the watch's.
    expect(run!.distanceMetres).toBeGreaterThan(7990);
    expect(run!.distanceMetres).toBeLessThan(8030);
  });
});

test('a FIT sub-sport says the kind of run: trail, track, treadmill, street', () => {
  const file = fitFile([{ ...RUN, subSport: FIT_SUB_SPORT.trail }]);
  expect(activitiesInFile('trail.fit', file, BERLIN).activities[0]!.subSport).toBe('trail');
});

test('a multisport FIT file gives each session, and skips the sport durable does not plan for with its reason', () => {
  const file = fitFile([
    { ...RUN, sport: FIT_SPORT.cycling },
    { ...RUN, start: '2026-11-23T08:00:00Z', sport: FIT_SPORT.running },
    { ...RUN, start: '2026-11-23T09:00:00Z', sport: FIT_SPORT.training },
  ]);
  const { activities, skipped } = activitiesInFile('multi.fit', file, BERLIN);
  expect(activities.map((a) => a.sport)).toEqual(['ride', 'run']);
  expect(skipped).toEqual(['training is not a sport durable plans for']);
});

test('walks, rides and swims are kept as such; Strava numbers its GPX types', () => {
  expect(activitiesInFile('w.gpx', bytes(garminGpx(RUN, 'walking')), BERLIN).activities[0]!.sport).toBe('walk');
  expect(activitiesInFile('r.gpx', bytes(stravaGpx(RUN, '1')), BERLIN).activities[0]!.sport).toBe('ride');
  expect(activitiesInFile('s.tcx', bytes(garminTcx(RUN, 'Biking')), BERLIN).activities[0]!.sport).toBe('ride');
  expect(activitiesInFile('x.fit', fitFile([{ ...RUN, sport: FIT_SPORT.swimming }]), BERLIN).activities[0]!.sport).toBe('swim');
  expect(activitiesInFile('o.tcx', bytes(garminTcx(RUN, 'Other')), BERLIN).skipped).toEqual(['other is not a sport durable plans for']);
});

test('a GPX that does not say its sport is skipped with a way out, or taken as the sport given', () => {
  const untyped = bytes(garminGpx(RUN, null));
  expect(activitiesInFile('apple.gpx', untyped, BERLIN).skipped[0]).toMatch(/does not say its sport.*--sport run/);
  expect(activitiesInFile('apple.gpx', untyped, { ...BERLIN, sport: 'run' }).activities[0]!.sport).toBe('run');
});

describe('time zones around midnight: the day is the day the run started where the runner lives', () => {
  const late: Session = { ...RUN, start: '2026-11-23T23:30:00Z' };
  test('23:30 UTC is already Tuesday in Berlin', () => {
    expect(activitiesInFile('late.fit', fitFile([late]), BERLIN).activities[0]!.date).toBe('2026-11-24');
  });
  test('and still Monday in New York', () => {
    expect(activitiesInFile('late.gpx', bytes(stravaGpx(late)), { ...BERLIN, zone: 'America/New_York' }).activities[0]!.date).toBe('2026-11-23');
  });
});

test('a GPX with a pause: minutes standing still and the gap of the pause are not moving time', () => {
  const run = garminGpx({ ...RUN, seconds: 600, metres: 2000 });
  // The same track again, 10 minutes later at the same spot: a pause, then standing still for 100 s.
  const last = /<trkpt lat="([\d.]+)"[^]*?<\/trkpt>\n {4}<\/trkseg>/.exec(run)!;
  const stand = [1200, 1210, 1300].map((s) => `<trkpt lat="${last[1]}" lon="13.4"><time>${new Date(Date.parse(RUN.start) + s * 1000).toISOString()}</time></trkpt>`).join('\n');
  const paused = run.replace('    </trkseg>', `${stand}\n    </trkseg>`);
  expect(activitiesInFile('paused.gpx', bytes(paused), BERLIN).activities[0]!.minutes).toBe(10);
});

describe('broken files are refused with the reason, naming no stack', () => {
  const good = fitFile([RUN]);
  const corrupt = Uint8Array.from(good);
  corrupt[40]! ^= 0xff;
  const cases: [string, Uint8Array, RegExp][] = [
    ['truncated.fit', good.slice(0, good.length - 10), /cut short/],
    ['corrupt.fit', corrupt, /damaged/],
    ['junk.fit', bytes('<html>not a watch file</html>'), /not a FIT file/],
    ['junk.gpx', bytes('\u0000\u0001 binary junk'), /not a readable GPX file/],
    ['half.gpx', bytes(garminGpx(RUN).slice(0, 900)), /not a readable GPX file/],
    ['notes.gpx', bytes('<?xml version="1.0"?><notes><note>hi</note></notes>'), /not a GPX file/],
    ['no-times.gpx', bytes(garminGpx(RUN).replace(/<time>[^<]*<\/time>/g, '')), /no timestamps/],
    ['no-times.tcx', bytes(stravaTcx(RUN).replace(/<Id>[^<]*<\/Id>/, '').replace(/StartTime="[^"]*"/, '')), /no timestamps/],
    ['future.fit', fitFile([{ ...RUN, start: '2026-11-25T06:00:00Z' }]), /starts in the future/],
    ['future.gpx', bytes(stravaGpx({ ...RUN, start: '2027-01-01T06:00:00Z' })), /starts in the future/],
    ['cut.fit.gz', gzip(good).slice(0, 30), /not a readable gzip file/],
    ['plain.gpx.gz', bytes(garminGpx(RUN)), /not a readable gzip file/],
  ];
  test.each(cases)('%s', (name, content, problem) => {
    expect(() => activitiesInFile(name, content, BERLIN)).toThrow(FileProblem);
    expect(() => activitiesInFile(name, content, BERLIN)).toThrow(problem);
  });
});

test('a FIT file with no activity in it (settings, daily monitoring) is skipped, not an error', () => {
  expect(activitiesInFile('settings.fit', fitWithoutActivity(), BERLIN)).toEqual({ activities: [], skipped: ['no activity in this FIT file'] });
});
