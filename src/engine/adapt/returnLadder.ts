import { addDays } from '../load.js';
import type { ReturnEpisode } from './jointState.js';
import { comingRuns, noGrowthMinutes, planEnd } from './situation.js';
import type { Change, Rule } from './types.js';
import { JOINT_NAMES, painOn, percent } from './words.js';

function cause(episode: ReturnEpisode, joint: keyof typeof JOINT_NAMES, acceptableMax: number): string {
  const pain = painOn(joint, episode.report.value, episode.report.date);
  if (episode.cause === 'tooMuch') return `${pain}, above ${acceptableMax}`;
  if (episode.cause === 'unsettled') return `${pain} had not settled by morning`;
  return `${pain}, after ${joint} pain the week before`;
}

/**
 * A graded return with memory: after pain above 5/10, or pain that did not settle or rose
 * from week to week, run minutes come back in steps (half, three quarters, all), each earned
 * by a run at 0-2/10. Coming runs show the steps they would be on if each went well; every
 * check-in recomputes them. Until the last step is earned: easy runs only, no growth, and
 * strength spares the joint.
 */
export const returnLadder: Rule = (s) =>
  s.joints.flatMap(({ joint, episode, tooMuch }): Change[] => {
    if (!episode) return [];
    const { returnLadder: ladder, pain } = s.dataset.rules.adaptation;
    const why = cause(episode, joint, pain.acceptableMax);
    const after = `${why[0]!.toLowerCase()}${why.slice(1)}`;
    const runAgain = episode.cause === 'tooMuch' && tooMuch ? addDays(tooMuch.date, 1 + pain.noRunningHours / 24) : s.from;
    const changes: Change[] = [];
    let { step, clean } = episode;
    let end = planEnd(s);
    for (const run of comingRuns(s)) {
      if (run.date < runAgain) continue;
      if (step >= ladder.steps.length && clean >= ladder.cleanCheckIns) {
        end = run.date;
        break;
      }
      const on = Math.min(step, ladder.steps.length - 1);
      const keep = ladder.steps[on]!;
      const amount = keep < 1 ? `${percent(keep)} of the planned minutes` : 'all the planned minutes';
      const day = { from: run.date, until: addDays(run.date, 1) };
      const where = `Return step ${on + 1} of ${ladder.steps.length} after ${after}: ${amount}, easy pace`;
      changes.push({ what: 'mark', ...day, text: where });
      changes.push({ what: 'easy', ...day, long: false, reason: `Return after ${after}: easy runs only` });
      if (keep < 1) changes.push({ what: 'shorter', ...day, keep, reason: where });
      step++;
      clean++;
    }
    const base = noGrowthMinutes(s, episode.since);
    if (base !== undefined) changes.push({ what: 'weekCap', from: s.from, until: end, minutes: base, reason: `${why}: no weekly growth until the return is complete` });
    changes.push({ what: 'spare', from: s.from, until: end, joint, reason: `${why}: gentler ${joint} exercises` });
    return changes;
  });
