import type { CheckIn } from '../../schema/log.js';
import type { Rules } from '../../schema/rules.js';
import { addDays, daysBetween } from '../load.js';
import { isRun } from './jointState.js';
import { comingRuns } from './situation.js';
import type { Change, Rule } from './types.js';
import { percent } from './words.js';

/**
 * The longest run of the `windowDays` days up to `until` (in minutes, or by `measure`), once the
 * log covers `minLogDays`; undefined before, or when no run there has the measure.
 */
function longestRun(log: readonly CheckIn[], until: string, rules: Rules, measure: (c: CheckIn) => number | undefined = (c) => c.minutes): number | undefined {
  const { windowDays, minLogDays } = rules.adaptation.singleRun;
  const first = log[0];
  if (!first || daysBetween(first.date, until) + 1 < minLogDays) return undefined;
  const since = addDays(until, -windowDays);
  const recent = log
    .filter((c) => isRun(c) && c.date <= until && c.date > since)
    .map(measure)
    .filter((m): m is number => m !== undefined);
  return recent.length ? Math.max(...recent) : undefined;
}

/**
 * The single-run spike guard (Frandsen et al. 2025): once the log covers 14 days, no coming
 * run, warm-up and cool-down included, is more than 10 % longer than the longest run logged in
 * the 30 days before it.
 */
export const singleRunSpike: Rule = (s) => {
  const { maxGrowth, windowDays, minLogDays } = s.dataset.rules.adaptation.singleRun;
  const first = s.log[0];
  if (!first || daysBetween(first.date, s.today) + 1 < minLogDays) return [];
  // Coming runs start at s.from: runs logged before its window matter to none of them.
  const since = addDays(s.from, -windowDays);
  const logged = s.log.filter((c) => c.date >= since && isRun(c));
  return comingRuns(s).flatMap((run): Change[] => {
    const windowStart = addDays(run.date, -windowDays);
    const longest = Math.max(0, ...logged.filter((c) => c.date < run.date && c.date >= windowStart).map((c) => c.minutes));
    if (longest === 0) return [];
    const minutes = Math.floor(longest * (1 + maxGrowth));
    const reason = `No run more than ${percent(maxGrowth)} over your longest of the ${windowDays} days before (${longest} min)`;
    return [{ what: 'maxSession', from: run.date, until: addDays(run.date, 1), minutes, reason }];
  });
};

const km = (metres: number) => `${(metres / 1000).toFixed(1)} km`;
const min = (minutes: number) => `${minutes} min`;

/**
 * A warning for a check-in that logs a run over the guard, or undefined. `log` is the log before it.
 * By distance when this run and runs before it have one (imported from a watch), else by minutes.
 */
export function spikeWarning(log: readonly CheckIn[], checkIn: CheckIn, rules: Rules): string | undefined {
  if (!isRun(checkIn)) return undefined;
  const before = log.filter((c) => c.date < checkIn.date);
  const until = addDays(checkIn.date, -1);
  const byDistance = checkIn.distanceMetres === undefined ? undefined : longestRun(before, until, rules, (c) => c.distanceMetres);
  const [length, longest, say] = byDistance !== undefined ? [checkIn.distanceMetres!, byDistance, km] : [checkIn.minutes, longestRun(before, until, rules), min];
  const { maxGrowth, windowDays } = rules.adaptation.singleRun;
  if (longest === undefined || length <= longest * (1 + maxGrowth)) return undefined;
  return `This run (${say(length)}) is more than ${percent(maxGrowth)} longer than your longest of the previous ${windowDays} days (${say(longest)}). One run far longer than usual goes with more injuries (Frandsen et al. 2025): build up in smaller steps.`;
}
