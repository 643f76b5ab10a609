import { DISCLAIMER } from '../../disclaimer.js';
import { acuteChronicRatio } from '../../engine/load.js';
import { dayStart, now } from '../clock.js';
import { loadContext, type GlobalOptions } from '../context.js';
import { print, printJson } from '../io.js';
import type { ProfileFlags } from '../profileOptions.js';
import { renderDay } from '../render/dayView.js';
import { PHASE_WORDS, raceLine } from '../render/planTable.js';
import { effortText } from '../render/figures.js';
import { dim, warn } from '../render/style.js';
import { trainingPlan } from '../trainingPlan.js';
import { fitText } from '../render/text.js';
import { outputColumns } from '../render/width.js';

export interface TodayOptions extends ProfileFlags {
  date?: string;
  json?: boolean;
}

export async function runToday(options: TodayOptions, global: GlobalOptions): Promise<void> {
  const ctx = await loadContext(global, options);
  const zone = ctx.profile.timezone;
  const clock = now(zone);
  const today = clock.toISODate()!;
  const date = options.date ?? today;
  const day0 = dayStart(date, zone);
  // The week of the day (its notes are shown), only the day itself worked out in full.
  const { plan, log } = await trainingPlan(ctx, day0.startOf('week'), 1, today, clock, (d) => d === date);
  const day = plan.weeks[0]!.days.find((d) => d.date === date)!;
  const checkIn = log.checkins.find((c) => c.date === date);
  const load = acuteChronicRatio(log.checkins, today, ctx.dataset.rules);
  const week = plan.weeks[0]!;
  if (options.json) {
    printJson({ day, ...(week.phase ? { phase: week.phase } : {}), ...(plan.race ? { race: plan.race } : {}), notes: plan.notes, checkIn: checkIn ?? null, loadRatio: load.ratio });
    return;
  }
  const columns = outputColumns();
  const paragraph = (text: string) => print(`
${fitText(text, columns)}`);
  print(renderDay(day, ctx.dataset, columns));
  if (plan.race && week.phase) paragraph(dim(`Week ${week.number}, ${PHASE_WORDS[week.phase]}: ${raceLine(plan.race)}.`));
    if (checkIn) paragraph(dim(`Checked in: ${checkIn.status}, ${checkIn.minutes} min, ${effortText(checkIn)}.`));
  for (const note of plan.notes) paragraph(warn(note));
  if (load.ratio !== null) {
    const { low, high, acuteDays, chronicDays } = ctx.dataset.rules.adaptation.load;
    paragraph(dim(`Load ratio ${load.ratio.toFixed(2)}: the last ${acuteDays} days against the ${chronicDays}-day average. Outside ${low}-${high} is a warning sign, not a verdict.`));
  }
  if (!ctx.saved) paragraph(dim('This is the built-in default profile; `durable init` makes the plan yours.'));
  paragraph(dim(DISCLAIMER));
}
