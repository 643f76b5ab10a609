import { DISCLAIMER } from '../../disclaimer.js';
import { dayStart, now } from '../clock.js';
import { loadContext, type GlobalOptions } from '../context.js';
import { print, printJson } from '../io.js';
import type { ProfileFlags } from '../profileOptions.js';
import { renderPlan } from '../render/planTable.js';
import { dim } from '../render/style.js';
import { fitText } from '../render/text.js';
import { outputColumns } from '../render/width.js';
import { trainingPlan } from '../trainingPlan.js';

export interface PlanOptions extends ProfileFlags {
  start?: string;
  weeks: number;
  json?: boolean;
}

export async function runPlan(options: PlanOptions, global: GlobalOptions): Promise<void> {
  const ctx = await loadContext(global, options);
  const { dataset, profile } = ctx;
  const zone = profile.timezone;
  const today = now(zone);
  const start = options.start ? dayStart(options.start, zone) : today.startOf('week');
  const { plan, log } = await trainingPlan(ctx, start, options.weeks, today.toISODate()!, today);
  if (options.json) {
    printJson({ profile, ...plan });
    return;
  }
  const columns = outputColumns();
  print(renderPlan(plan, dataset, columns, { checkIns: log.checkins, today: today.toISODate()! }));
  print();
  print(fitText(dim(DISCLAIMER), columns));
}
