import type { Plan } from '../../schema/plan.js';
import { DISCLAIMER } from '../../disclaimer.js';
import { planWeeks } from '../../engine/planWeeks.js';
import { dayStart, now } from '../clock.js';
import { loadContext, type GlobalOptions } from '../context.js';
import { print, printJson } from '../io.js';
import type { ProfileFlags } from '../profileOptions.js';
import { renderPlan } from '../render/planTable.js';
import { dim } from '../render/style.js';

export interface PlanOptions extends ProfileFlags {
  start?: string;
  weeks: number;
  json?: boolean;
}

export function runPlan(options: PlanOptions, global: GlobalOptions): void {
  const { dataset, profile } = loadContext(global, options);
  const zone = profile.timezone;
  const start = options.start ? dayStart(options.start, zone) : now(zone).startOf('week');
  const plan: Plan = planWeeks({ profile, dataset, start, weeks: options.weeks });
  if (options.json) {
    printJson({ profile, ...plan });
    return;
  }
  print(renderPlan(plan, dataset, process.stdout.columns ?? 100));
  print();
  print(dim(DISCLAIMER));
}
