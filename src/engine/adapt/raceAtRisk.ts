import type { Change, Rule } from './types.js';
import { painOn } from './words.js';

/**
 * A race ahead while a joint is still on the return ladder or under specialist advice:
 * race day says so, with what the
 * pain-monitoring model asks (race only on safe pain; otherwise walk-run it or a shorter
 * race; stop above 5/10). The race stays the runner's decision; the advice is never a block.
 */
export const raceAtRisk: Rule = (s) => {
  const races = s.plan.weeks.flatMap((w) => w.days).filter((d) => d.type === 'race' && d.date >= s.from);
  if (!races.length) return [];
  const advice = s.dataset.rules.adaptation.raceAtRisk;
  // Pain above 5/10 always starts a return, so the return and the advice cover it.
  const why = s.joints.flatMap(({ joint, episode, specialist }) => {
    if (episode) return [`${painOn(joint, episode.report.value, episode.report.date)}, return to running not complete`];
    if (specialist) return [specialist.why];
    return [];
  });
  if (!why.length) return [];
  return races.map((race): Change => ({ what: 'raceWarning', date: race.date, text: `${why.join('; ')}; ${advice}` }));
};
