import type { Joint } from '../../schema/constants.js';
import type { Rules } from '../../schema/rules.js';
import { addDays } from '../load.js';
import { isRun, type JointState, type ReturnEpisode } from './jointState.js';
import { noGrowthMinutes, planEnd } from './situation.js';
import type { Change, Rule, Situation } from './types.js';
import { painOn, percent } from './words.js';

type Returning = JointState & { episode: ReturnEpisode };

function cause(episode: ReturnEpisode, joint: Joint, acceptableMax: number): string {
  const pain = painOn(joint, episode.report.value, episode.report.date);
  if (episode.cause === 'tooMuch') return `${pain}, above ${acceptableMax}`;
  if (episode.cause === 'unsettled') return `${pain} had not settled by morning`;
  return `${pain}, after ${joint} pain the week before`;
}

/** "walk-run at 50 % of the planned minutes": the session itself shows the run and walk minutes. */
function stepWords(step: Rules['adaptation']['returnLadder']['steps'][number]): string {
  const amount = step.share < 1 ? `${percent(step.share)} of the planned minutes` : 'all the planned minutes';
  return `${step.runMinutes !== undefined ? 'walk-run' : 'continuous'} at ${amount}`;
}

/** How far along the ladder an episode is, in runs: the one furthest behind leads the return. */
const position = (e: ReturnEpisode, runsPerStep: number) => e.step * runsPerStep + e.runs;

/**
 * The first day the return can run again: after pain above 5, once its hours without running
 * are over; otherwise the first day the log has not covered, and never a day already past.
 */
function firstDay(s: Situation, returning: Returning[]): string {
  const { noRunningHours } = s.dataset.rules.adaptation.pain;
  let first = s.from > s.today ? s.from : s.today;
  for (const { episode, tooMuch } of returning) {
    const runAgain = episode.cause === 'tooMuch' && tooMuch ? addDays(tooMuch.date, 1 + noRunningHours / 24) : first;
    if (runAgain > first) first = runAgain;
  }
  return first;
}

/**
 * A graded return with memory (COACHING.md, "Return to running"): after pain above 5/10, or
 * pain that did not settle or rose from week to week, the runner climbs one ladder, whichever
 * joints hurt: walk-run first, then continuous, each step done `runsPerStep` times at easy
 * effort, with a rest day between runs. Steps are earned by runs the log shows done at 0-2/10
 * that settled (jointState); the coming runs show the steps the runner will be on if each
 * goes well, and days gone by without a check-in earn nothing. Until the ladder is done: easy
 * runs only, no growth, and strength spares the joints.
 */
export const returnLadder: Rule = (s) => {
  const { steps, runsPerStep } = s.dataset.rules.adaptation.returnLadder;
  const { acceptableMax } = s.dataset.rules.adaptation.pain;
  const returning = s.joints.filter((j): j is Returning => j.episode !== undefined && j.episode.step < steps.length);
  if (!returning.length) return [];
  const lead = returning.reduce((a, b) => (position(b.episode, runsPerStep) < position(a.episode, runsPerStep) ? b : a));
  const why = cause(lead.episode, lead.joint, acceptableMax);
  const after = `${why[0]!.toLowerCase()}${why.slice(1)}`;
  const joints = returning.map((j) => j.joint);
  const changes: Change[] = [];
  let { step, runs } = lead.episode;
  let end = planEnd(s);
  // The rest days between runs follow the plan's run days from the first day not yet covered,
  // whatever the pain: more pain only ever takes runs away from this pattern, never moves it.
  const start = s.from > s.today ? s.from : s.today;
  const runAgain = firstDay(s, returning);
  const lastLogged = s.log.at(-1);
  let ranYesterday = lastLogged !== undefined && lastLogged.date === addDays(start, -1) && isRun(lastLogged);
  for (const day of s.plan.weeks.flatMap((w) => w.days)) {
    if (day.date < start) continue;
    if (day.type !== 'run') {
      ranYesterday = false;
      continue;
    }
    const one = { from: day.date, until: addDays(day.date, 1) };
    if (ranYesterday) {
      changes.push({ what: 'noRunning', ...one, joints, reason: `Return after ${after}: a rest day between runs` });
      ranYesterday = false;
      continue;
    }
    ranYesterday = true;
    if (day.date < runAgain) continue;
    if (step >= steps.length) {
      end = day.date;
      break;
    }
    const at = steps[step]!;
    const where = `Return step ${step + 1} of ${steps.length}, run ${runs + 1} of ${runsPerStep}, after ${after}: ${stepWords(at)}, easy`;
    changes.push({ what: 'mark', ...one, text: where });
    changes.push({ what: 'easy', ...one, long: false, reason: `Return after ${after}: easy runs only` });
    if (at.share < 1) changes.push({ what: 'shorter', ...one, keep: at.share, reason: where });
    if (at.runMinutes !== undefined && at.walkMinutes !== undefined) changes.push({ what: 'walkRun', ...one, runMinutes: at.runMinutes, walkMinutes: at.walkMinutes, reason: where });
    runs++;
    if (runs >= runsPerStep) [step, runs] = [step + 1, 0];
  }
  for (const { joint, episode } of returning) {
    const jointWhy = cause(episode, joint, acceptableMax);
    const base = noGrowthMinutes(s, episode.since);
    if (base !== undefined) changes.push({ what: 'weekCap', from: s.from, until: end, minutes: base, reason: `${jointWhy}: no weekly growth until the return is complete` });
    changes.push({ what: 'spare', from: s.from, until: end, joint, reason: `${jointWhy}: gentler ${joint} exercises` });
  }
  return changes;
};
