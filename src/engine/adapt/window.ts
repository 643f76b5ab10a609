import type { Plan } from '../../schema/plan.js';
import { addDays, dayNumber, mondayOf } from '../load.js';
import { MAX_WEEKS, PlanCache, summarise } from '../planWeeks.js';
import { applyAdaptations } from './index.js';
import type { AdaptRequest } from './types.js';

/** How many weeks after the log the adaptations are always worked out over, whatever window is shown. */
const HORIZON_WEEKS = 12;

/**
 * The plan for a window, adapted to the log exactly as it would be in any other window
 * that shows the same dates: `today`, `plan --weeks 2`, `plan --start` and `export` agree.
 * Adaptations are worked out over a fixed horizon, from the week of the first day the log
 * has not covered to at least HORIZON_WEEKS weeks later, and the window takes its days
 * from there. Pure. `plans` shares the days already planned for this request. `wanted`
 * says which days the caller reads: a day gone by that it does not is left as planned
 * rather than worked out again as the plan gave it then.
 */
export function adaptWindow(request: AdaptRequest, plans: PlanCache = new PlanCache(request.dataset), wanted: (date: string) => boolean = () => true): Plan {
  const adapted = adaptComing(request, plans);
  const { plan, checkIns, today } = request;
  // Days gone by (and today once logged): as the plan gave them on the day, from the check-ins
  // logged before it, the way `today` and `checkin` showed them then. Only the days shown.
  let latest: string | undefined;
  for (const c of checkIns) if (c.date <= today && (latest === undefined || c.date > latest)) latest = c.date;
  const first = checkIns.reduce<string | undefined>((min, c) => (min === undefined || c.date < min ? c.date : min), undefined);
  if (latest === undefined || first === undefined) return adapted;
  const gone = (date: string) => date > first && (date < today || date <= latest) && wanted(date);
  if (!adapted.weeks.some((w) => w.days.some((d) => gone(d.date)))) return adapted;
  const weeks = adapted.weeks.map((week, w) => {
    if (!week.days.some((d) => gone(d.date))) return week;
    const days = week.days.map((day) => (gone(day.date) ? asGivenOn(request, plan.weeks[w]!, day.date, plans) : day));
    return { ...week, days, summary: summarise(days) };
  });
  return { ...adapted, weeks };
}

/** A past day as the plan gave it on the evening before: adapted to the check-ins up to then. */
function asGivenOn(request: AdaptRequest, week: Plan['weeks'][number], date: string, plans: PlanCache): Plan['weeks'][number]['days'][number] {
  const before = adaptComing({ ...request, plan: { ...request.plan, weeks: [week] }, today: addDays(date, -1) }, plans, date);
  return before.weeks[0]!.days.find((d) => d.date === date)!;
}

/**
 * The days after the log, adapted over the fixed horizon; days the log covers stay as
 * planned. With `through`, only the days up to it are adapted.
 */
function adaptComing(request: AdaptRequest, plans: PlanCache, through?: string): Plan {
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
  const horizon = plans.planWeeks({ profile: request.profile, start, weeks });
  const adapted = applyAdaptations({ ...request, plan: horizon }, { plans, ...(through !== undefined ? { through } : {}) });
  const byDate = new Map(adapted.weeks.flatMap((w) => w.days).map((d) => [d.date, d]));
  const shown = plan.weeks.map((week) => {
    const days = week.days.map((day) => byDate.get(day.date) ?? day);
    return { ...week, days, summary: summarise(days) };
  });
  const notes = [...plan.notes, ...adapted.notes.filter((n) => !horizon.notes.includes(n) && !plan.notes.includes(n))];
  return { ...plan, weeks: shown, notes, ...(adapted.joints ? { joints: adapted.joints } : {}) };
}
