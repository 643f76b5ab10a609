import { JOINTS } from '../../schema/constants.js';
import { addDays } from '../load.js';
import { sessionMinutes } from '../runSession.js';
import { plannedDay } from './situation.js';
import type { Change, Rule } from './types.js';
import { dayName } from './words.js';

/**
 * An effort spike: a run whose load (effort x minutes) is far above the planned one's, or
 * an all-out effort on a day that was not hard (RPE 9-10 on an easy run, a strength or a rest day). The next two days are easy: no quality, no long
 * run, strength at its easiest.
 */
export const effortSpike: Rule = (s) => {
  const { loadFactor, allOutRpe, days, plannedEffort } = s.dataset.rules.adaptation.effortSpike;
  // A spike on this day or before has had its easy days before the first day not yet covered.
  const over = addDays(s.from, -1 - days);
  return s.log.flatMap((c): Change[] => {
    // An effort not recorded (an imported activity) is unknown: no spike is read into it.
    if (c.date <= over || c.status === 'skipped' || c.rpe === undefined) return [];
    const from = addDays(c.date, 1);
    const until = addDays(from, days);
    const day = plannedDay(s, c.date);
    if (!day) return [];
    const planned = sessionMinutes(day) * (day.hard ? plannedEffort.hard : plannedEffort.easy);
    const rpe = c.rpe;
    const load = rpe * c.minutes;
    const allOut = rpe >= allOutRpe && !day.hard;
    const overLoad = day.type === 'run' && load > planned * loadFactor;
    if (!allOut && !overLoad) return [];
    const why = overLoad
      ? `${c.minutes} min at effort ${rpe}/10 on ${dayName(c.date)}, load ${load} against ${planned} planned`
      : `Effort ${rpe}/10 on ${dayName(c.date)}, an easy day`;
    const reason = `${why}: easy days until ${dayName(addDays(until, -1))}`;
    return [
      { what: 'easy', from, until, long: true, reason },
      ...JOINTS.map((joint): Change => ({ what: 'spare', from, until, joint, reason })),
    ];
  });
};
