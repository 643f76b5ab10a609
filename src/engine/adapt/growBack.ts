import type { Plan, RunDay, Week } from '../../schema/plan.js';
import { summarise } from '../planWeeks.js';
import { shortenRun } from './planEdits.js';
import { percent } from './words.js';
import type { Situation } from './types.js';

interface Baseline {
  /** Run minutes of the last full (not deload) week, as adapted, and as first planned. */
  adapted: number;
  planned: number;
}

/**
 * After caution made weeks lighter, the weeks after it grow back from what the runner was
 * given, by the growth cap at most, instead of jumping straight back to the plan as first
 * made once the caution ends. Runs after the log are shortened evenly to fit; weeks that
 * were never cut are left alone, and so are weeks after `through`, when only the days up
 * to it are wanted. Pure: returns a new plan.
 */
export function growBack(plan: Plan, s: Situation, through?: string): Plan {
  const cap = s.dataset.rules.volume.growthCap;
  const before = s.plannedWeek((plan.weeks[0]?.number ?? 1) - 1);
  let baseline: Baseline | undefined = before && !before.deload ? { adapted: before.summary.runMinutes, planned: before.summary.runMinutes } : undefined;
  const weeks = plan.weeks.map((week, i): Week => {
    if (through !== undefined && week.start > through) return week;
    const planned = s.plan.weeks[i]!.summary.runMinutes;
    let adapted = week;
    if (baseline && baseline.adapted < baseline.planned) {
      const limit = Math.floor(baseline.adapted * (1 + cap));
      adapted = fitWeek(week, s.plan.weeks[i]!, limit, `Growing back after lighter weeks: at most ${percent(cap)} over the last full week (${baseline.adapted} min)`, s);
    }
    if (!week.deload) baseline = { adapted: adapted.summary.runMinutes, planned };
    return adapted;
  });
  return { ...plan, weeks };
}

/**
 * The week's runs after the log, each held to the same share of its minutes as first
 * planned, so that the week stays within `limit`. Shares come from the plan as first made:
 * a run cut for another reason never lets the others grow.
 */
function fitWeek(week: Week, firstPlanned: Week, limit: number, reason: string, s: Situation): Week {
  const runs = firstPlanned.days.filter((d): d is RunDay => d.type === 'run');
  const done = runs.filter((r) => r.date < s.from).reduce((sum, r) => sum + r.minutes, 0);
  const coming = runs.filter((r) => r.date >= s.from);
  const planned = coming.reduce((sum, r) => sum + r.minutes, 0);
  if (planned === 0) return week;
  const keep = Math.max(0, limit - done) / planned;
  if (keep >= 1) return week;
  const days = week.days.map((day, d) => {
    const was = firstPlanned.days[d];
    if (day.type !== 'run' || day.date < s.from || was?.type !== 'run') return day;
    const shorter = shortenRun(day, Math.min(1, (was.minutes * keep) / day.minutes), s);
    return shorter.minutes < day.minutes ? { ...shorter, adjustments: [...day.adjustments, reason] } : day;
  });
  return { ...week, days, summary: summarise(days) };
}
