// Coaching stories toward a race: pain pushes the plan behind, and the plan says what that means for the race.
import { DateTime } from 'luxon';
import { describe, expect, test } from 'vitest';
import { planWeeks } from '../../src/engine/planWeeks.js';
import { applyAdaptations } from '../../src/engine/adapt/index.js';
import { raceOutlook } from '../../src/engine/raceOutlook.js';
import { sessionMinutes } from '../../src/engine/runSession.js';
import type { CheckIn } from '../../src/schema/log.js';
import type { Profile } from '../../src/schema/profile.js';
import { builtIn, profile as makeProfile } from '../helpers.js';
import { checkIn } from './story.js';

const dataset = builtIn();
const START = '2026-10-26';
/** Intermediate, 3 runs a week, toward a half marathon on Sunday 7 March 2027. */
const runner = (race: Profile['race'] = { date: '2027-03-07', distance: 'half' }): Profile =>
  makeProfile({ startDate: START, weeklyMinutes: 150, longestRun: 60, race });

/** Every planned run and strength day from `from` to `until`, done as planned; `change` alters single days. */
function asPlanned(profile: Profile, from: string, until: string, change: (date: string, c: CheckIn) => CheckIn = (_, c) => c): CheckIn[] {
  const plan = planWeeks({ profile, dataset, start: DateTime.fromISO(START, { zone: 'utc' }), weeks: 20 });
  return plan.weeks
    .flatMap((w) => w.days)
    .filter((d) => d.date >= from && d.date <= until && (d.type === 'run' || d.type === 'strength'))
    .map((d) => change(d.date, checkIn(d.date, { planned: d.type === 'run' ? 'run' : 'strength', minutes: sessionMinutes(d), rpe: d.hard ? 7 : 4 })));
}

describe('adaptation stays in charge; the plan says what it means for the race', () => {
  test('training as planned: nothing to say', () => {
    const profile = runner();
    expect(raceOutlook({ profile, dataset, checkIns: asPlanned(profile, START, '2026-12-13'), today: '2026-12-15' })).toBeUndefined();
  });

  test('three weeks lost to knee pain close to a half marathon: it is at risk, and a shorter race on the same date is still realistic', () => {
    const profile = runner({ date: '2027-01-17', distance: 'half' });
    const hurt = (date: string, c: CheckIn): CheckIn =>
      date >= '2026-11-23' ? { ...c, status: c.planned === 'run' ? 'skipped' : c.status, minutes: c.planned === 'run' ? 0 : c.minutes, pain: { 'knee-left': 6 } } : c;
    const outlook = raceOutlook({ profile, dataset, checkIns: asPlanned(profile, START, '2026-12-13', hurt), today: '2026-12-15' });
    expect(outlook).toMatch(/^3 weeks of the last 4 lost to knee pain: the half marathon on Sun 17 Jan 2027 is at risk\./);
    expect(outlook).toMatch(/A (5K|10K) on the same date is still realistic\./);
    expect(outlook).toMatch(/does not grow faster than the cap/);
  });

  test('a week lost with plenty of time left: the race is still within reach, built back within the cap', () => {
    const profile = runner({ date: '2027-04-18', distance: 'half' });
    const hurt = (date: string, c: CheckIn): CheckIn =>
      date >= '2026-12-07' ? { ...c, status: c.planned === 'run' ? 'skipped' : c.status, minutes: c.planned === 'run' ? 0 : c.minutes, pain: { 'ankle-right': 4 } } : c;
    const outlook = raceOutlook({ profile, dataset, checkIns: asPlanned(profile, START, '2026-12-13', hurt), today: '2026-12-15' });
    expect(outlook).toMatch(/^One week of the last 4 lost to ankle pain: the half marathon on Sun 18 Apr 2027 is still within reach\. The plan builds back within the growth cap/);
  });
});

describe('race day while a joint is still coming back', () => {
  const raceDay = (checkIns: CheckIn[], today: string) => {
    const profile = runner();
    const plan = planWeeks({ profile, dataset, start: DateTime.fromISO('2027-02-22', { zone: 'utc' }), weeks: 2 });
    const adapted = applyAdaptations({ plan, checkIns, profile, dataset, today });
    return adapted.weeks.flatMap((w) => w.days).find((d) => d.date === '2027-03-07')!;
  };

  test('knee pain 7/10 ten days before a half marathon: race day says the return is not complete, and what to do instead', () => {
    const profile = runner();
    const log = asPlanned(profile, '2027-02-01', '2027-02-24');
    log.push(checkIn('2027-02-25', { minutes: 40, rpe: 6, pain: { 'knee-left': 7 } }));
    const day = raceDay(log, '2027-02-25');
    expect(day.type).toBe('race');
    expect(day.adjustments.join(' ')).toMatch(/Knee pain 7\/10 on Thu 25 Feb, return to running not complete; race only if/);
    expect(day.adjustments.join(' ')).toMatch(/walk-run it or choose a shorter race, and stop if pain goes above 5\/10/);
  });

  test('training as planned into race week: race day carries no warning', () => {
    const profile = runner();
    const day = raceDay(asPlanned(profile, '2027-02-01', '2027-02-24'), '2027-02-25');
    expect(day.type).toBe('race');
    expect(day.adjustments).toEqual([]);
  });
});
