// "No weekly growth" holds the plan where it is; it never shrinks it. The runner follows the
// adapted plan day by day, checking in every day, with knee pain 4-5/10 after every Sunday
// long run that has settled by Monday morning.
import { expect, test } from 'vitest';
import { addDays } from '../../src/engine/load.js';
import { sessionMinutes } from '../../src/engine/runSession.js';
import type { CheckIn } from '../../src/schema/log.js';
import type { Day, RunDay } from '../../src/schema/plan.js';
import { adapt, checkIn, day } from './story.js';

/** Reasons that only hold the plan: they may stop growth, never cut below what was given. */
const HOLDING = /no weekly growth|long run kept at|Growing back/;

/** Each day as the runner was given it the evening before, with the check-in that followed. */
function followAdapted(until: string): { given: Day[]; log: CheckIn[]; easyWeeks: Set<string> } {
  const log: CheckIn[] = [];
  const given: Day[] = [];
  const easyWeeks = new Set<string>();
  for (let date = '2026-10-26'; date <= until; date = addDays(date, 1)) {
    const { after } = adapt(log, addDays(date, -1), 2);
    const d = day(after, date);
    if (after.weeks.find((w) => w.days.some((x) => x.date === date))?.deload) easyWeeks.add(date);
    given.push(d);
    const pain = d.weekday === 'sunday' && date > '2026-11-15' ? { 'knee-left': 4 + (given.length % 2) } : {};
    const settled = d.weekday === 'monday' && date > '2026-11-16' ? { settled: true } : {};
    log.push(checkIn(date, { planned: d.type === 'race' ? 'run' : d.type, minutes: sessionMinutes(d), rpe: d.hard ? 7 : d.type === 'rest' ? 0 : 4, pain, ...settled }));
  }
  return { given, log, easyWeeks };
}

let story: ReturnType<typeof followAdapted> | undefined;
const followed = () => (story ??= followAdapted('2027-01-17'));

test('recurring settled knee pain 4-5/10: the long run is held, never smaller than the last one given, unless another rule says why', () => {
  const { given, easyWeeks } = followed();
  const longRuns = given.filter((d): d is RunDay => d.type === 'run' && d.kind === 'long' && d.date > '2026-11-22');
  expect(longRuns.length).toBeGreaterThan(6);
  let last = longRuns[0]!;
  for (const long of longRuns.slice(1)) {
    // A cut-back week is the plan's own rhythm, said on the week.
    if (easyWeeks.has(long.date)) continue;
    const cutBy = long.adjustments.filter((a) => !HOLDING.test(a));
    if (long.minutes < last.minutes) expect(cutBy, `${long.date}: ${long.minutes} min after ${last.minutes}`).not.toEqual([]);
    last = long;
  }
  // Held, not grown: no long run past the longest given before the pain began.
  const before = Math.max(...given.filter((d): d is RunDay => d.type === 'run' && d.kind === 'long' && d.date <= '2026-11-22').map((d) => d.minutes));
  for (const long of longRuns) expect(long.minutes).toBeLessThanOrEqual(before);
});

test('recurring settled knee pain 4-5/10: no full week smaller than the last full week given, unless another rule says why', () => {
  const { given, easyWeeks } = followed();
  let last: number | undefined;
  for (let monday = '2026-11-23'; monday < '2027-01-18'; monday = addDays(monday, 7)) {
    const week = given.filter((d) => d.date >= monday && d.date < addDays(monday, 7));
    if (easyWeeks.has(monday)) continue;
    const minutes = week.reduce((sum, d) => sum + (d.type === 'run' ? d.minutes : 0), 0);
    const cutBy = week.flatMap((d) => d.adjustments).filter((a) => !HOLDING.test(a));
    if (last !== undefined && minutes < last) expect(cutBy, `week of ${monday}: ${minutes} min after ${last}`).not.toEqual([]);
    last = minutes;
  }
});
