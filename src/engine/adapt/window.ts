import { DateTime } from 'luxon';
import type { Plan } from '../../schema/plan.js';
import { addDays, dayNumber, mondayOf } from '../load.js';
import { MAX_WEEKS, planWeeks, summarise } from '../planWeeks.js';
import { applyAdaptations } from './index.js';
import type { AdaptRequest } from './types.js';

/** How many weeks after the log the adaptations are always worked out over, whatever window is shown. */
const HORIZON_WEEKS = 12;

/**
 * The plan for a window, adapted to the log exactly as it would be in any other window
 * that shows the same dates: `today`, `plan --weeks 2`, `plan --start` and `export` agree.
 * Adaptations are worked out over a fixed horizon, from the week of the first day the log
 * has not covered to at least HORIZON_WEEKS weeks later, and the window takes its days
 * from there. Pure.
 */
export function adaptWindow(request: AdaptRequest): Plan {
  const { plan, checkIns, today } = request;
  let latest: string | undefined;
  for (const c of checkIns) if (c.date <= today && (latest === undefined || c.date > latest)) latest = c.date;
  const last = plan.weeks.at(-1);
  if (latest === undefined || !last) return plan;
  const from = addDays(latest, 1);
  const end = addDays(last.start, 7);
  if (end <= from) return plan; // every day shown is behind the log: nothing there adapts
  const start = mondayOf(from);
  const weeks = Math.min(MAX_WEEKS, Math.max(HORIZON_WEEKS, Math.ceil((dayNumber(end) - dayNumber(start)) / 7)));
  const horizon = planWeeks({ profile: request.profile, dataset: request.dataset, start: DateTime.fromISO(start, { zone: 'utc' }), weeks });
  const adapted = applyAdaptations({ ...request, plan: horizon });
  const byDate = new Map(adapted.weeks.flatMap((w) => w.days).map((d) => [d.date, d]));
  const shown = plan.weeks.map((week) => {
    const days = week.days.map((day) => byDate.get(day.date) ?? day);
    return { ...week, days, summary: summarise(days) };
  });
  const notes = [...plan.notes, ...adapted.notes.filter((n) => !horizon.notes.includes(n) && !plan.notes.includes(n))];
  return { ...plan, weeks: shown, notes, ...(adapted.joints ? { joints: adapted.joints } : {}) };
}
