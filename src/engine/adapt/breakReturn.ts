import { addDays, daysBetween } from '../load.js';
import { isRun } from './jointState.js';
import { noGrowthMinutes } from './situation.js';
import type { Change, Rule } from './types.js';
import { dayName, percent } from './words.js';

/**
 * Back after a break of 7 days or more without running (skipped check-ins, or none while the
 * plan ran): the first week back is about 60 % of the last full week, without quality, and its
 * long run no longer than the longest run of the last 30 days; the week after grows at the cap.
 */
export const breakReturn: Rule = (s) => {
  const { days, share, longestRunDays } = s.dataset.rules.adaptation.breakReturn;
  const runs = s.log.filter(isRun).map((c) => c.date);
  // The first day from today on that the log has not covered: where a break still going on ends.
  const dates = [...runs, s.from > s.today ? s.from : s.today];
  let back: string | undefined;
  let last: string | undefined;
  for (let i = dates.length - 1; i > 0 && !back; i--) {
    if (daysBetween(dates[i - 1]!, dates[i]!) - 1 >= days) [back, last] = [dates[i]!, dates[i - 1]!];
  }
  if (!back || !last || addDays(back, 14) <= s.from) return [];
  const base = noGrowthMinutes(s, last);
  if (base === undefined) return [];
  const gap = daysBetween(last, back) - 1;
  const firstWeek = Math.floor(base * share);
  const weekAfter = addDays(back, 7);
  const longest = Math.max(0, ...s.log.filter((c) => isRun(c) && c.date < back && c.date >= addDays(back, -longestRunDays)).map((c) => c.minutes));
  const why = `Back after ${gap} days without running`;
  const changes: Change[] = [
    { what: 'windowCap', from: back, until: weekAfter, minutes: firstWeek, reason: `${why}: first week back ${percent(share)} of your last full week` },
    { what: 'easy', from: back, until: weekAfter, long: longest === 0, reason: `${why}: no quality in the first week back` },
    { what: 'windowCap', from: weekAfter, until: addDays(weekAfter, 7), minutes: Math.floor(firstWeek * (1 + s.dataset.rules.volume.growthCap)), reason: `${why}: second week back grows ${percent(s.dataset.rules.volume.growthCap)} at most` },
  ];
  // A gap with no check-ins at all may be running not logged: say so, and how to put it right.
  if (!s.log.some((c) => c.date > last && c.date < back)) {
    changes.push({ what: 'note', text: `No check-ins from ${dayName(addDays(last, 1))} to ${dayName(addDays(back, -1))}, so the plan takes them as a break. If you ran, check those days in with their dates and the coming weeks will count them.` });
  }
  if (longest > 0) {
    changes.push({ what: 'maxSession', from: back, until: weekAfter, minutes: longest, kinds: ['long'], reason: `${why}: long run no longer than your longest of the last ${longestRunDays} days (${longest} min)` });
  }
  return changes;
};
